"""SPARQL over graph files: both engines, every syntax, result formats and clean errors."""

from __future__ import annotations

import csv
import io
import json
import threading
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from store_fixture import DEPOTS, NORTHLAND, RIVER_FRONT, article_names

from newsgraph import query as query_module
from newsgraph.errors import InputError, QueryError, UsageError
from newsgraph.query import (
    QueryResult,
    Term,
    format_result,
    load_graph,
    pick_engine,
    query_graph,
    run_query,
    shorten,
)
from newsgraph.vocabulary import ENTITY, NG, entity_iri

ROOT = Path(__file__).resolve().parents[1]
SYNTAXES = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig")
ENGINES = ("rdflib", "oxigraph")

ATTACKS = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?attacker ?target (COUNT(DISTINCT ?st) AS ?statements) WHERE {
  ?attacker ng:attacks ?target .
  ?st rdf:subject ?attacker ; rdf:predicate ng:attacks ; rdf:object ?target .
} GROUP BY ?attacker ?target
"""


def rows_of(result: QueryResult) -> set[tuple[str, ...]]:
    return set(result.rows)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", SYNTAXES)
def test_every_syntax_and_engine_gives_the_same_answer(
    output: Path, name: str, engine: str
) -> None:
    # the attack is stated in both articles: one direct triple, two statements, counted once
    # per statement even where TriG holds the triple in two named graphs
    result = run_query(ATTACKS, graph_path=output / name, engine=engine)
    assert result.columns == ("attacker", "target", "statements")
    assert rows_of(result) == {(str(entity_iri(RIVER_FRONT.key)), str(entity_iri(DEPOTS.key)), "2")}


@pytest.mark.parametrize(
    "query_file", sorted((ROOT / "ontology" / "queries").glob("*.rq")), ids=lambda p: p.stem
)
def test_engines_agree_on_the_example_queries(output: Path, query_file: Path) -> None:
    text = query_file.read_text(encoding="utf-8")
    by_rdflib = run_query(text, graph_path=output / "graph.trig", engine="rdflib")
    by_oxigraph = run_query(text, graph_path=output / "graph.trig", engine="oxigraph")
    assert by_rdflib.columns == by_oxigraph.columns
    assert rows_of(by_rdflib) == rows_of(by_oxigraph)
    assert set(by_rdflib.terms) == set(by_oxigraph.terms)


def test_engines_agree_on_literal_types(output: Path) -> None:
    text = "SELECT ?st ?c ?n ?s WHERE { ?st ng:confidence ?c ; ng:negated ?n ; ng:sentence ?s }"
    answers = [
        format_result(run_query(text, graph_path=output / "graph.trig", engine=engine), "json")
        for engine in ENGINES
    ]
    bindings = [json.loads(a)["results"]["bindings"] for a in answers]

    def typed(binding: dict) -> tuple:
        # oxigraph writes numbers in canonical form ("0.5" for "0.500"): compare values
        return tuple(
            sorted(
                (
                    name,
                    cell["type"],
                    cell.get("datatype"),
                    cell.get("xml:lang"),
                    Literal(cell["value"], datatype=cell.get("datatype")).toPython(),
                )
                for name, cell in binding.items()
            )
        )

    as_sets = [{typed(b) for b in found} for found in bindings]
    assert as_sets[0] == as_sets[1]
    assert len(as_sets[0]) == 5
    sample = bindings[0][0]
    assert sample["c"]["datatype"].endswith("#decimal")
    assert sample["n"]["datatype"].endswith("#boolean")
    assert "datatype" not in sample["s"]  # plain strings carry no datatype


@pytest.mark.parametrize("engine", ENGINES)
def test_named_graphs_of_a_trig_file_are_the_articles(output: Path, engine: str) -> None:
    result = run_query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        graph_path=output / "graph.trig",
        engine=engine,
    )
    assert sorted(row[0] for row in result.rows) == article_names()


@pytest.mark.parametrize("engine", ENGINES)
def test_predeclared_prefixes_need_no_prefix_lines(output: Path, engine: str) -> None:
    result = run_query(
        "SELECT ?name WHERE { ?x ng:supports ?y . ?x rdfs:label ?name }",
        graph_path=output / "graph.ttl",
        engine=engine,
    )
    assert result.rows == ((NORTHLAND.label,),)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("ASK { ?a ng:attacks ?b }", True),
        ("ASK { ?a ng:kills ?b }", False),
        # the negated statement is described but never asserted
        ("ASK { ?a ng:opposes ?b }", False),
        ("ASK { ?st ng:negated true ; rdf:predicate ng:opposes }", True),
    ],
)
def test_ask(output: Path, engine: str, text: str, expected: bool) -> None:
    result = run_query(text, graph_path=output / "graph.nt", engine=engine)
    assert result.boolean is expected
    assert format_result(result, "table").strip() == str(expected).lower()
    assert json.loads(format_result(result, "json")) == {"head": {}, "boolean": expected}


@pytest.mark.parametrize("engine", ENGINES)
def test_construct_returns_a_graph_and_a_triple_table(output: Path, engine: str) -> None:
    result = run_query(
        "CONSTRUCT { ?a ng:attacks ?b } WHERE { ?a ng:attacks ?b }",
        graph_path=output / "graph.trig",
        engine=engine,
    )
    expected = Graph()
    expected.add((entity_iri(RIVER_FRONT.key), NG.attacks, entity_iri(DEPOTS.key)))
    assert result.graph is not None and isomorphic(result.graph, expected)
    assert result.columns == ("subject", "predicate", "object")
    assert result.rows == (
        (str(entity_iri(RIVER_FRONT.key)), str(NG.attacks), str(entity_iri(DEPOTS.key))),
    )


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?s WHERE { ?s ?p }",
        "SELEKT ?x WHERE { ?x ?y ?z }",
        "SELECT ?s WHERE { ?s nope:thing ?o }",
        "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER (\n}",
    ],
)
def test_bad_query_is_a_one_line_query_error(output: Path, engine: str, text: str) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(text, graph_path=output / "graph.ttl", engine=engine)
    message = str(caught.value)
    assert "\n" not in message and message.startswith("bad SPARQL query")


def test_empty_query_is_refused(output: Path) -> None:
    with pytest.raises(QueryError, match="empty"):
        run_query("  \n", graph_path=output / "graph.ttl")


@pytest.mark.parametrize("engine", ENGINES)
def test_missing_graph_file_is_an_input_error(tmp_path: Path, engine: str) -> None:
    with pytest.raises(InputError, match="does not exist"):
        run_query("ASK {}", graph_path=tmp_path / "graph.ttl", engine=engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "name, content",
    [
        ("broken.ttl", '<https://example.org/a> <https://example.org/b> "unterminated .\n'),
        ("broken.nt", "this is not N-Triples\n"),
        (
            "broken.trig",
            '<https://example.org/g> { <https://example.org/a> <https://example.org/b> "open }\n',
        ),
        ("broken.jsonld", "{ not json"),
    ],
)
def test_unparseable_graph_is_a_one_line_input_error(
    tmp_path: Path, engine: str, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        run_query("ASK {}", graph_path=path, engine=engine)
    assert "\n" not in str(caught.value) and name in str(caught.value)


def test_unknown_suffix_says_which_are_known(tmp_path: Path) -> None:
    path = tmp_path / "graph.txt"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"\.ttl"):
        run_query("ASK {}", graph_path=path)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"graph_path": Path("graph.ttl"), "endpoint": "http://127.0.0.1:1/query"},
        {"graph_path": Path("graph.ttl"), "engine": "blazegraph"},
        {"endpoint": "http://127.0.0.1:1/query", "engine": "oxigraph"},
        {"endpoint": "file:///etc/passwd"},
    ],
)
def test_misuse_is_a_usage_error(kwargs: dict) -> None:
    with pytest.raises(UsageError):
        run_query("ASK {}", **kwargs)


def test_auto_engine_is_oxigraph(output: Path) -> None:
    assert pick_engine("auto") == "oxigraph" and pick_engine("rdflib") == "rdflib"
    assert load_graph(output / "graph.nt").engine == "oxigraph"
    assert load_graph(output / "graph.nt", engine="rdflib").engine == "rdflib"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_loaded_graph_answers_many_queries(output: Path, engine: str) -> None:
    loaded = load_graph(output / "graph.trig", engine=engine)
    assert loaded.engine == engine and loaded.statements > 0
    first = query_graph(loaded, "ASK { ?a ng:supports ?b }")
    second = query_graph(loaded, "SELECT (COUNT(*) AS ?n) WHERE { ?a ng:attacks ?b }")
    assert first.boolean is True and second.rows == (("1",),)


def test_a_query_past_its_timeout_is_abandoned() -> None:
    release = threading.Event()
    try:
        with pytest.raises(QueryError, match="longer than"):
            query_module._with_timeout(lambda: release.wait(60), 0.05)
    finally:
        release.set()


def test_an_endless_oxigraph_query_is_abandoned(tmp_path: Path) -> None:
    # a three-way cross product of 150 triples: 3.4 million rows, about a second of work
    # (kept small: the abandoned query runs on in the background until it ends)
    path = tmp_path / "many.nt"
    path.write_text(
        "".join(f'<https://example.org/{i}> <https://example.org/p> "{i}" .\n' for i in range(150)),
        encoding="utf-8",
    )
    loaded = load_graph(path, engine="oxigraph")
    with pytest.raises(QueryError, match="longer than 0.02 s"):
        query_graph(
            loaded, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", timeout=0.02
        )


def test_timeout_passes_answers_and_errors_through() -> None:
    assert query_module._with_timeout(lambda: 42, 5.0) == 42

    def fail() -> None:
        raise QueryError("boom")

    with pytest.raises(QueryError, match="boom"):
        query_module._with_timeout(fail, 5.0)


# ------------------------------------------------------------------ formats

LANG = Term("la guerre", "literal", lang="fr")
NUMBER = Term("3", "literal", "http://www.w3.org/2001/XMLSchema#integer")
HAND_MADE = QueryResult(
    ("who", "what", "n"),
    (
        ("https://w3id.org/newsgraph/id/person/ada-quill", "la guerre", "3"),
        ("b0", "", 'say "hi", then\nleave'),
    ),
    terms=(
        (Term("https://w3id.org/newsgraph/id/person/ada-quill", "uri"), LANG, NUMBER),
        (Term("b0", "bnode"), None, Term('say "hi", then\nleave')),
    ),
)


def test_table_is_aligned_and_readable() -> None:
    lines = format_result(HAND_MADE, "table").splitlines()
    header, rule, first, second, count = lines
    assert header.split() == ["who", "what", "n"]
    # every column starts where its header starts
    starts = [header.index(name) for name in ("what", "n")]
    assert all(rule[i - 2 : i] == "  " and rule[i] == "-" for i in starts)
    assert first[starts[0] :].startswith("la guerre") and first[starts[1] :].startswith("3")
    assert first.startswith("id:person/ada-quill")  # prefixed, not a raw IRI
    assert second.startswith("_:b0") and 'say "hi", then leave' in second  # one line per row
    assert count == "(2 rows)"


def test_table_cuts_long_cells() -> None:
    long = QueryResult(("text",), (("word " * 100,),))
    widest = max(len(line) for line in format_result(long, "table").splitlines())
    assert widest == query_module.TABLE_CELL_WIDTH


def test_csv_round_trips() -> None:
    text = format_result(HAND_MADE, "csv")
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed == [
        ["who", "what", "n"],
        ["https://w3id.org/newsgraph/id/person/ada-quill", "la guerre", "3"],
        ["_:b0", "", 'say "hi", then\nleave'],
    ]


def test_json_is_sparql_results_json() -> None:
    document = json.loads(format_result(HAND_MADE, "json"))
    assert document["head"] == {"vars": ["who", "what", "n"]}
    first, second = document["results"]["bindings"]
    assert first == {
        "who": {"type": "uri", "value": "https://w3id.org/newsgraph/id/person/ada-quill"},
        "what": {"type": "literal", "value": "la guerre", "xml:lang": "fr"},
        "n": {
            "type": "literal",
            "value": "3",
            "datatype": "http://www.w3.org/2001/XMLSchema#integer",
        },
    }
    assert second == {
        "who": {"type": "bnode", "value": "b0"},
        "n": {"type": "literal", "value": 'say "hi", then\nleave'},
    }


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="table"):
        format_result(HAND_MADE, "xml")


@pytest.mark.parametrize(
    "iri, short",
    [
        (str(NG.attacks), "ng:attacks"),
        (str(ENTITY["person/ada-quill"]), "id:person/ada-quill"),
        ("https://example.org/x", "<https://example.org/x>"),
        (str(ENTITY["odd name"]), f"<{ENTITY['odd name']}>"),
    ],
)
def test_shorten(iri: str, short: str) -> None:
    assert shorten(iri) == short


def test_uri_terms_are_full_iris_in_rows(output: Path) -> None:
    result = run_query("SELECT ?x WHERE { ?x ng:supports ?y }", graph_path=output / "graph.ttl")
    assert URIRef(result.rows[0][0]) == entity_iri(NORTHLAND.key)


@pytest.mark.parametrize(
    "text, names_graphs",
    [
        ("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", True),
        (f"select * from <{article_names()[0]}> where {{ ?s ?p ?o }}", True),
        ("SELECT ?graph WHERE { ?graph ng:graph ?x }", False),
        ("SELECT ?s WHERE { ?s ng:sentence ?text }", False),
    ],
)
def test_oxigraph_builds_the_named_graph_store_only_when_asked(
    output: Path, text: str, names_graphs: bool
) -> None:
    loaded = load_graph(output / "graph.trig", engine="oxigraph")
    query_graph(loaded, text)
    assert (loaded.data._full is not None) is names_graphs
