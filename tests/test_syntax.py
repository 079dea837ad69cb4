"""The RDF writers: every syntax reads back as the same graph, whatever the text holds."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from newsgraph import syntax

EX = "https://example.org/ns#"
PREFIXES = {"ex": EX, "rdfs": str(RDFS), "xsd": str(XSD)}

LITERALS = [
    Literal("plain"),
    Literal('He said "no" and left\\ then\nreturned\r\t.'),
    Literal("Ünïcödé — ‘quotes’ 日本語"),
    Literal("bell\x07 and nul-ish \x01 controls"),
    Literal("next line \x85 and line separator \u2028 here"),
    Literal("<script>alert(1)</script> & ]]>"),
    Literal("bonjour", lang="fr"),
    Literal("0.500", datatype=XSD.decimal),
    Literal(True),
    Literal(42),
    Literal("2021-03", datatype=XSD.gYearMonth),
    Literal(""),
    Literal('"""triple"""'),
]
SUBJECTS = [
    URIRef(EX + "plain"),
    URIRef(EX + "9starts-with-digit"),
    URIRef(EX + "has/slash"),
    URIRef("https://example.org/other/with%20escape"),
    URIRef(EX + "dot.inside"),
]


def sample() -> set[syntax.Triple]:
    triples: set[syntax.Triple] = set()
    for i, subject in enumerate(SUBJECTS):
        triples.add((subject, RDF.type, URIRef(EX + "Thing")))
        triples.add((subject, RDFS.label, LITERALS[i % len(LITERALS)]))
        for value in LITERALS:
            triples.add((subject, URIRef(EX + "value"), value))
        triples.add((subject, URIRef(EX + "next"), SUBJECTS[(i + 1) % len(SUBJECTS)]))
    return triples


def expected() -> Graph:
    graph = Graph()
    for triple in sample():
        graph.add(triple)
    return graph


@pytest.mark.parametrize(
    "write, fmt",
    [
        (lambda t: syntax.ntriples(t), "nt"),
        (lambda t: syntax.turtle(t, PREFIXES), "turtle"),
        (lambda t: syntax.jsonld(t, PREFIXES), "json-ld"),
    ],
    ids=["ntriples", "turtle", "jsonld"],
)
def test_written_graph_reads_back_the_same(write, fmt: str) -> None:
    text = write(sample())
    assert isomorphic(Graph().parse(data=text, format=fmt), expected())


def test_trig_keeps_graphs_apart_and_reads_back() -> None:
    named = {
        URIRef("https://example.org/g/1"): sample(),
        URIRef("https://example.org/g/2"): {(SUBJECTS[0], RDFS.label, Literal("two"))},
    }
    default = {(SUBJECTS[1], RDFS.comment, Literal("default"))}
    dataset = Dataset()
    dataset.parse(data=syntax.trig(default, named, PREFIXES), format="trig")
    graphs = {str(g.identifier): len(g) for g in dataset.contexts() if len(g)}
    assert graphs["https://example.org/g/1"] == len(sample())
    assert graphs["https://example.org/g/2"] == 1
    assert (SUBJECTS[1], RDFS.comment, Literal("default")) in dataset.default_context


def test_output_does_not_depend_on_input_order() -> None:
    triples = sorted(sample(), key=str)
    forward = syntax.turtle(triples, PREFIXES), syntax.jsonld(triples, PREFIXES)
    backward = syntax.turtle(triples[::-1], PREFIXES), syntax.jsonld(triples[::-1], PREFIXES)
    assert forward == backward
    assert syntax.ntriples(triples) == syntax.ntriples(triples[::-1])


@pytest.mark.parametrize(
    "term, written",
    [
        (URIRef(EX + "name"), "ex:name"),
        (URIRef(EX + "has/slash"), f"<{EX}has/slash>"),
        (URIRef(EX + "a b"), f"<{EX}a\\u0020b>"),
        (URIRef("https://elsewhere.org/x"), "<https://elsewhere.org/x>"),
    ],
)
def test_prefixed_names_only_where_valid(term: URIRef, written: str) -> None:
    text = syntax.turtle([(term, RDFS.label, Literal("x"))], PREFIXES)
    assert text.splitlines()[-1].startswith(written + " ")


def test_ntriples_lines_are_sorted_and_distinct() -> None:
    lines = syntax.ntriples(list(sample()) * 2).splitlines()
    assert lines == sorted(set(lines))
