"""The streaming RDF writers: sorted N-Triples lines in, every syntax out, in bounded memory."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from newsgraph import rdf, syntax
from newsgraph.vocabulary import ontology_graph

EX = "https://example.org/ns#"
PREFIXES = {"ex": EX, "rdfs": str(RDFS), "xsd": str(XSD), "rdf": str(RDF)}

TRICKY_TEXTS = [
    'she said "stop" twice',
    "a back\\slash and a trailing one\\",
    "C:\\users\\new\\u0041 is not an escape here",
    "two\nlines\r\nand a\ttab",
    "bell \x07, escape \x1b, delete \x7f, next line \x85",
    "line separator \u2028 and paragraph separator \u2029",
    "Zürich, Kraków, Θεσσαλονίκη, 東京, emoji \U0001f600",
    '"""three quotes""" and \'single\'',
    "",
    " leading and trailing spaces ",
]
TRICKY_LITERALS = [
    *(Literal(text) for text in TRICKY_TEXTS),
    Literal("Genève", lang="fr"),
    Literal("a \"quoted\" word", lang="en-gb"),
    Literal("2020-02-29", datatype=XSD.date),
    Literal("0.125", datatype=XSD.decimal),
    Literal("2019", datatype=XSD.gYear),
    Literal("17", datatype=XSD.integer),
    Literal("false", datatype=XSD.boolean),
    Literal("x", datatype=URIRef("https://elsewhere.org/types/odd-type#t")),
]
NODES = [
    URIRef(EX + "simple"),
    URIRef(EX + "with-dash_and_underscore"),
    URIRef(EX + "7digits-first"),
    URIRef(EX + "needs/brackets"),
    URIRef(EX + "dot.inside"),
    URIRef("https://example.org/ns#"),  # the namespace itself: an empty local name
    URIRef("https://elsewhere.org/café/über"),
    URIRef("https://elsewhere.org/path?q=1&r=%20x#frag"),
    URIRef("urn:isbn:0451450523"),
]


def tricky() -> set[syntax.Triple]:
    triples: set[syntax.Triple] = set()
    for i, node in enumerate(NODES):
        triples.add((node, RDF.type, URIRef(EX + "Thing")))
        triples.add((node, RDF.type, NODES[(i + 3) % len(NODES)]))
        triples.add((node, RDFS.label, TRICKY_LITERALS[i % len(TRICKY_LITERALS)]))
        triples.add((node, URIRef(EX + "link"), NODES[(i + 1) % len(NODES)]))
        triples.add((node, NODES[(i + 2) % len(NODES)], Literal(i)))
    for j, value in enumerate(TRICKY_LITERALS):
        triples.add((NODES[j % 3], URIRef(EX + "value"), value))
    triples.add((NODES[0], RDF.type, Literal("a literal type, not a class")))
    return triples


def graph_of(triples: set[syntax.Triple]) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def sorted_lines(triples: set[syntax.Triple]) -> list[str]:
    return sorted({syntax.ntriples_line(t) for t in triples})


def written(write, lines: list[str]) -> str:
    out = io.StringIO()
    write(lines, out)
    return out.getvalue()


WRITERS = {
    "nt": lambda lines, out: syntax.write_ntriples(lines, out),
    "turtle": lambda lines, out: syntax.write_turtle(lines, out, PREFIXES),
    "json-ld": lambda lines, out: syntax.write_jsonld(lines, out, PREFIXES),
}
OXIGRAPH_FORMATS = {
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "json-ld": pyoxigraph.RdfFormat.JSON_LD,
}


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_tricky_graph_reads_back_the_same_in_rdflib(fmt: str) -> None:
    text = written(WRITERS[fmt], sorted_lines(tricky()))
    assert isomorphic(Graph().parse(data=text, format=fmt), graph_of(tricky()))


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_tricky_graph_reads_back_the_same_in_oxigraph(fmt: str) -> None:
    text = written(WRITERS[fmt], sorted_lines(tricky()))
    quads = pyoxigraph.parse(text.encode("utf-8"), format=OXIGRAPH_FORMATS[fmt])
    as_ntriples = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
    assert isomorphic(Graph().parse(data=as_ntriples, format="nt"), graph_of(tricky()))


def test_jsonld_holds_the_literal_text_itself() -> None:
    subject = URIRef(EX + "s")
    triples = {(subject, RDFS.label, Literal(text)) for text in TRICKY_TEXTS}
    document = json.loads(written(WRITERS["json-ld"], sorted_lines(triples)))
    (node,) = document["@graph"]
    assert sorted(v["@value"] for v in node["rdfs:label"]) == sorted(TRICKY_TEXTS)


def test_jsonld_reads_every_escape_n_triples_allows() -> None:
    lines = [
        '<urn:x:s> <urn:x:p> "\\U0001F600 \\u00E9 \\\' \\\\u0041 \\t" .\n',
        "<urn:x:s\\u0020t> <urn:x:p> <urn:x:o\\U0000007Cp> .\n",
    ]
    nodes = json.loads(written(WRITERS["json-ld"], sorted(lines)))["@graph"]
    values = {node["@id"]: node["urn:x:p"] for node in nodes}
    assert values["urn:x:s"] == [{"@value": "\U0001f600 \u00e9 ' \\u0041 \t"}]
    assert values["urn:x:s t"] == [{"@id": "urn:x:o|p"}]


def test_jsonld_keeps_ids_types_and_languages() -> None:
    subject = URIRef("https://elsewhere.org/a|b")
    triples = {
        (subject, RDF.type, URIRef(EX + "Thing")),
        (subject, URIRef(EX + "when"), Literal("2020-02-29", datatype=XSD.date)),
        (subject, URIRef(EX + "name"), Literal("Genève", lang="fr")),
        (subject, URIRef(EX + "seeAlso"), URIRef("https://elsewhere.org/x y")),
    }
    (node,) = json.loads(written(WRITERS["json-ld"], sorted_lines(triples)))["@graph"]
    assert node["@id"] == "https://elsewhere.org/a|b"
    assert node["@type"] == ["ex:Thing"]
    assert node["ex:when"] == [{"@type": "xsd:date", "@value": "2020-02-29"}]
    assert node["ex:name"] == [{"@language": "fr", "@value": "Genève"}]
    assert node["ex:seeAlso"] == [{"@id": "https://elsewhere.org/x y"}]


def test_jsonld_is_laid_out_as_json_dumps_would() -> None:
    text = written(WRITERS["json-ld"], sorted_lines(tricky()))
    canonical = json.dumps(json.loads(text), indent=1, sort_keys=True, ensure_ascii=False)
    assert text == canonical + "\n"


@pytest.mark.parametrize("fmt", ["json-ld", "turtle"])
def test_jsonld_and_turtle_are_the_same_when_the_writer_forgets_what_it_kept(
    monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    # the writers keep what they wrote of recurring terms (the JSON-LD each predicate's
    # key, each class and value; the Turtle each predicate's order and name and each
    # literal with a datatype) and drop it all past a bound: with a bound of one, every
    # node or block is written from scratch
    lines = sorted_lines(tricky())
    kept = written(WRITERS[fmt], lines)
    monkeypatch.setattr(syntax, "_NAME_CACHE", 1)
    assert written(WRITERS[fmt], lines) == kept


def test_empty_input_gives_valid_documents() -> None:
    assert written(WRITERS["nt"], []) == ""
    assert json.loads(written(WRITERS["json-ld"], [])) == {"@context": PREFIXES, "@graph": []}
    assert len(Graph().parse(data=written(WRITERS["turtle"], []), format="turtle")) == 0


def test_turtle_uses_prefixed_names_and_puts_the_type_first() -> None:
    subject = URIRef(EX + "s")
    triples = {
        (subject, URIRef(EX + "b"), URIRef(EX + "o")),
        (subject, URIRef(EX + "a"), Literal("1.5", datatype=XSD.decimal)),
        (subject, RDF.type, URIRef(EX + "Thing")),
        (subject, RDF.type, URIRef("https://elsewhere.org/Kind")),
    }
    text = written(WRITERS["turtle"], sorted_lines(triples))
    body = text.split("\n\n", 1)[1]
    assert body == (
        "ex:s a <https://elsewhere.org/Kind>, ex:Thing ;\n"
        '    ex:a "1.5"^^xsd:decimal ;\n'
        "    ex:b ex:o .\n"
    )


def test_writers_refuse_unsorted_lines() -> None:
    lines = sorted_lines(tricky())
    shuffled = lines[len(lines) // 2 :] + lines[: len(lines) // 2]
    with pytest.raises(ValueError, match="not sorted"):
        written(WRITERS["turtle"], shuffled)
    with pytest.raises(ValueError, match="not an N-Triples line"):
        written(WRITERS["json-ld"], ["<urn:x:s> <urn:x:p> <urn:x:o>\n"])


def test_blank_nodes_are_written_as_they_are() -> None:
    node = BNode("b1")
    triples = {(node, RDFS.label, Literal("blank")), (URIRef(EX + "s"), RDFS.seeAlso, node)}
    for fmt, write in WRITERS.items():
        parsed = Graph().parse(data=written(write, sorted_lines(triples)), format=fmt)
        assert isomorphic(parsed, graph_of(triples)), fmt


def test_sorted_lines_spill_runs_and_remove_them(tmp_path: Path) -> None:
    rng = random.Random(7)
    lines = [f"line {rng.randrange(40):03d}\n" for _ in range(100)]
    sorter = syntax.SortedLines(tmp_path, buffer_lines=3)
    sorter.add(lines[0])
    sorter.extend(lines[1:60])
    for line in lines[60:]:
        sorter.add(line)
    assert len(sorter.runs) >= 30
    assert sorted(tmp_path.iterdir()) == sorted(sorter.runs)
    with sorter:
        assert list(sorter) == sorted(set(lines))
    assert list(tmp_path.iterdir()) == []


def test_sorted_lines_merge_runs_when_there_are_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(syntax, "_MAX_RUNS", 4)
    lines = [f"{n % 97:02d} and {n}\n" for n in range(200)] * 2
    with syntax.SortedLines(tmp_path, buffer_lines=5) as sorter:
        for line in lines:
            sorter.add(line)
            assert len(list(tmp_path.iterdir())) < 4
        assert list(sorter) == sorted(set(lines))
    assert list(tmp_path.iterdir()) == []


def test_sorted_lines_in_memory_only(tmp_path: Path) -> None:
    with syntax.SortedLines(tmp_path) as sorter:
        sorter.extend(["b\n", "a\n", "b\n"])
        assert list(sorter) == ["a\n", "b\n"]
        assert list(tmp_path.iterdir()) == []
        with pytest.raises(ValueError, match="already read"):
            sorter.add("c\n")


def test_sorted_lines_refuses_lines_without_their_newline(tmp_path: Path) -> None:
    with syntax.SortedLines(tmp_path, buffer_lines=2) as sorter:
        with pytest.raises(ValueError, match="newline"):
            sorter.extend(["a\n", "b"])


def test_trig_writer_refuses_graphs_out_of_order() -> None:
    writer = syntax.TrigWriter(io.StringIO(), PREFIXES)
    writer.default([])
    writer.graph("https://example.org/g/2", [])
    with pytest.raises(ValueError, match="not in order"):
        writer.graph("https://example.org/g/1", [])
    with pytest.raises(ValueError, match="not in order"):
        writer.graph("https://example.org/g/2", [])
    with pytest.raises(ValueError, match="first"):
        writer.default([])
    writer.close()
    with pytest.raises(ValueError, match="closed"):
        writer.graph("https://example.org/g/3", [])


def test_trig_writer_keeps_graphs_apart() -> None:
    out = io.StringIO()
    writer = syntax.TrigWriter(out, PREFIXES)
    default = {(NODES[0], RDFS.comment, Literal("in the default graph"))}
    writer.default(sorted_lines(default))
    writer.graph("https://example.org/g/1", sorted_lines(tricky()))
    writer.graph("https://example.org/g/2", [])
    writer.graph("https://example.org/g/3", sorted_lines({(NODES[1], RDFS.label, Literal("3"))}))
    writer.close()
    dataset = Dataset()
    dataset.parse(data=out.getvalue(), format="trig")
    assert isomorphic(dataset.graph(URIRef("https://example.org/g/1")), graph_of(tricky()))
    assert len(dataset.graph(URIRef("https://example.org/g/3"))) == 1
    assert "example.org/g/2" not in out.getvalue()
    assert set(dataset.default_graph) == default
    quads = pyoxigraph.parse(out.getvalue().encode(), format=pyoxigraph.RdfFormat.TRIG)
    assert len(list(quads)) == len(tricky()) + 2


def article_graphs(count: int) -> dict[URIRef, set[syntax.Triple]]:
    """Named graphs that share entities, as articles do."""
    graphs = {}
    for n in range(count):
        name = URIRef(f"https://example.org/article/{n:03d}")
        triples = {(name, RDFS.label, Literal(TRICKY_TEXTS[n % len(TRICKY_TEXTS)]))}
        for node in NODES[n % 4 : n % 4 + 3]:
            triples.add((node, RDFS.seeAlso, name))
            triples.add((node, RDF.type, URIRef(EX + "Thing")))
        graphs[name] = triples
    return graphs


def stream(graphs: dict[URIRef, set[syntax.Triple]], spill: Path, buffer_lines: int) -> dict:
    streams = {name: io.StringIO() for name in rdf.FORMATS}
    with rdf.RdfStreams(streams, spill, buffer_lines=buffer_lines) as writer:
        for name in sorted(graphs, key=str):
            writer.add_article(name, graphs[name])
        writer.finish()
    return {name: out.getvalue() for name, out in streams.items()}


def test_rdf_streams_spill_and_match_the_in_memory_files(tmp_path: Path) -> None:
    graphs = article_graphs(30)
    streams = {name: io.StringIO() for name in rdf.FORMATS}
    writer = rdf.RdfStreams(streams, tmp_path, buffer_lines=4)
    names = sorted(graphs, key=str)
    for name in names[:10]:
        writer.add_article(name, graphs[name])
    assert list(tmp_path.iterdir())  # the union waits on disk, not in memory
    assert "article/009" in streams["graph.trig"].getvalue()  # TriG is written as they come
    for name in names[10:]:
        writer.add_article(name, graphs[name])
    writer.finish()
    assert list(tmp_path.iterdir()) == []
    files = {name: out.getvalue() for name, out in streams.items()}
    assert files == rdf.serialize_graphs(ontology_graph(), graphs)
    union = graph_of(set(ontology_graph()).union(*graphs.values()))
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        assert isomorphic(Graph().parse(data=files[name], format=fmt), union), name
    assert files["graph.trig"].index("owl:Ontology") < files["graph.trig"].index("article/000")


def test_rdf_streams_refuse_articles_out_of_order(tmp_path: Path) -> None:
    streams = {"graph.trig": io.StringIO()}
    with rdf.RdfStreams(streams, tmp_path) as writer:
        writer.add_article(URIRef("https://example.org/article/2"), set())
        with pytest.raises(ValueError, match="not in order"):
            writer.add_article(URIRef("https://example.org/article/1"), set())
    with pytest.raises(ValueError, match="graph.xml"):
        rdf.RdfStreams({"graph.xml": io.StringIO()}, tmp_path)


def test_same_bytes_whatever_the_input_order(tmp_path: Path) -> None:
    graphs = article_graphs(12)
    shuffled = list(graphs.items())
    random.Random(3).shuffle(shuffled)
    reordered = {name: set(random.Random(5).sample(sorted(t), len(t))) for name, t in shuffled}
    first = rdf.serialize_graphs(ontology_graph(), graphs)
    second = rdf.serialize_graphs(reversed(list(ontology_graph())), reordered)
    assert first == second
    (tmp_path / "a").mkdir()
    assert stream(graphs, tmp_path / "a", buffer_lines=2) == first
    triples = sorted(tricky(), key=str)
    assert syntax.turtle(triples, PREFIXES) == syntax.turtle(triples[::-1], PREFIXES)
    assert syntax.jsonld(triples, PREFIXES) == syntax.jsonld(triples[::-1], PREFIXES)
    assert syntax.trig(triples, {}, PREFIXES) == syntax.trig(triples[::-1], {}, PREFIXES)


def test_a_named_graph_made_apart_is_what_the_trig_writer_writes() -> None:
    graphs = article_graphs(6) | {URIRef("https://example.org/article/empty"): set()}
    whole, apart = io.StringIO(), io.StringIO()
    one, two = syntax.TrigWriter(whole, PREFIXES), syntax.TrigWriter(apart, PREFIXES)
    for name in sorted(graphs, key=str):
        lines = sorted_lines(graphs[name])
        one.graph(str(name), lines)
        two.graph_text(str(name), syntax.named_graph(str(name), lines, PREFIXES))
    assert apart.getvalue() == whole.getvalue()
    assert syntax.named_graph("https://example.org/article/empty", [], PREFIXES) == ""
    with pytest.raises(ValueError, match="not in order"):
        two.graph_text("https://example.org/article/000", "")


def test_rdf_streams_take_a_trig_block_made_elsewhere(tmp_path: Path) -> None:
    graphs = article_graphs(8)
    streams = {name: io.StringIO() for name in rdf.FORMATS}
    with rdf.RdfStreams(streams, tmp_path) as writer:
        for name in sorted(graphs, key=str):
            lines = sorted_lines(graphs[name])
            writer.add_lines(name, lines, rdf.trig_block(name, lines))
        writer.finish()
    assert {name: out.getvalue() for name, out in streams.items()} == stream(graphs, tmp_path, 4)


def test_turtle_and_jsonld_from_the_ntriples_file_are_those_of_one_pass(tmp_path: Path) -> None:
    files = stream(article_graphs(20), tmp_path, 1000)
    source = tmp_path / "graph.nt"
    source.write_text(files["graph.nt"], encoding="utf-8", newline="")
    targets = {name: tmp_path / name for name in ("graph.ttl", "graph.jsonld")}
    for path in targets.values():
        path.write_text("what an earlier, longer attempt left " * 100, encoding="utf-8")
    rdf.write_from_ntriples(source, {"graph.jsonld": targets["graph.jsonld"]})
    rdf.write_from_ntriples(source, {"graph.ttl": targets["graph.ttl"]})
    for name, path in targets.items():
        assert path.read_text(encoding="utf-8") == files[name], name


def test_writing_from_ntriples_never_makes_a_removed_target_again(tmp_path: Path) -> None:
    # a build that gave up removed its temporary file: a helper still at work must not
    # leave a new one behind
    source = tmp_path / "graph.nt"
    source.write_text(stream(article_graphs(3), tmp_path, 10)["graph.nt"], encoding="utf-8")
    with pytest.raises(FileNotFoundError):
        rdf.write_from_ntriples(source, {"graph.jsonld": tmp_path / "gone.jsonld"})
    assert not (tmp_path / "gone.jsonld").exists()
    with pytest.raises(ValueError, match=r"graph\.trig"):
        rdf.write_from_ntriples(source, {"graph.trig": tmp_path / "graph.trig"})
