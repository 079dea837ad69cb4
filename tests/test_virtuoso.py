"""The whole round trip against a real Virtuoso Open Source 7 (Debian's virtuoso-opensource).

A fresh server with its own database folder on loopback ports runs for this module. Push
goes to the authenticated Graph Store endpoint, which speaks HTTP Digest only; queries go
to /sparql, which answers GET and form-encoded POST (not a POST of application/sparql-query).
Virtuoso's Graph Store endpoint has no default graph, so the ontology goes to a named graph.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from store_fixture import article_names, virtuoso_server

from newsgraph.cli import main
from newsgraph.errors import QueryError, StoreError
from newsgraph.query import QueryResult, run_query
from newsgraph.stores import push
from newsgraph.vocabulary import ONTOLOGY_IRI, ontology_graph

pytestmark = pytest.mark.virtuoso

QUERIES = sorted((Path(__file__).parent.parent / "ontology" / "queries").glob("*.rq"))
OURS = "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newsgraph/'))"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as base:
        yield base


@pytest.fixture(scope="module")
def pushed(server: str, output: Path) -> str:
    """The build pushed through the command line, as a user would."""
    code = main(
        [
            "push",
            str(output),
            "--store",
            f"{server}/sparql-graph-crud-auth",
            "--user",
            "dba:dba",
            "--default-graph",
            str(ONTOLOGY_IRI),
        ]
    )
    assert code == 0
    return server


def quads(server: str) -> set[tuple[str, ...]]:
    result = run_query(
        f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}",
        endpoint=f"{server}/sparql",
    )
    return {tuple(_canonical(cell) for cell in row) for row in result.terms}


def _canonical(term: object) -> str:
    """A cell as a comparable string; decimals by value (stores may rewrite "0.500")."""
    value = getattr(term, "value", "")
    if getattr(term, "datatype", "").endswith("#decimal"):
        value = format(Decimal(value).normalize(), "f")
    return f"{getattr(term, 'kind', '')}|{value}|{getattr(term, 'lang', '')}"


def rows(result: QueryResult) -> list[tuple[str, ...]]:
    return [tuple(_canonical(cell) for cell in row) for row in result.terms]


def test_every_graph_arrives_with_every_triple(pushed: str, output: Path) -> None:
    result = run_query(
        f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }} GROUP BY ?g",
        endpoint=f"{pushed}/sparql",
    )
    remote = {row[0]: int(row[1]) for row in result.rows}
    local = run_query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
        graph_path=output / "graph.trig",
    )
    expected = {row[0]: int(row[1]) for row in local.rows}
    expected[str(ONTOLOGY_IRI)] = len(ontology_graph())  # the TriG default graph
    assert remote == expected
    assert set(remote) == {*article_names(), str(ONTOLOGY_IRI)}


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_example_queries_answer_as_on_the_file(pushed: str, output: Path, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    remote = run_query(text, endpoint=f"{pushed}/sparql")
    local = run_query(text, graph_path=output / "graph.trig")
    assert remote.columns == local.columns
    assert rows(remote) == rows(local)
    assert local.rows or path.name == "statements-about-actor.rq"  # Russia is not in it


def test_a_long_query_goes_as_a_form_post(pushed: str) -> None:
    padding = " ".join(f"# padding line {i}\n" for i in range(200))  # > the GET limit
    text = f"{padding}SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}"
    assert int(run_query(text, endpoint=f"{pushed}/sparql").rows[0][0]) > 0


def test_pushing_again_changes_nothing(pushed: str, output: Path) -> None:
    before = quads(pushed)
    report = push(
        output,
        f"{pushed}/sparql-graph-crud-auth",
        auth="dba:dba",
        default_graph=str(ONTOLOGY_IRI),
    )
    assert quads(pushed) == before
    assert {graph.status for graph in report.graphs} <= {200, 204}  # replaced, not created
    assert report.named_graphs == len(article_names())


def test_a_wrong_password_is_refused_in_one_line(server: str, output: Path) -> None:
    with pytest.raises(StoreError, match="HTTP 401") as caught:
        push(output, f"{server}/sparql-graph-crud-auth", auth="dba:wrong")
    assert "\n" not in str(caught.value) and "wrong" not in str(caught.value)


def test_a_bad_query_is_a_query_error_with_the_users_line(pushed: str) -> None:
    with pytest.raises(QueryError, match="line 2") as caught:
        run_query("SELECT ?s WHERE {\n ?s ng:attacks }", endpoint=f"{pushed}/sparql")
    assert "\n" not in str(caught.value)


def test_ask_is_a_boolean_as_on_the_file(pushed: str, output: Path) -> None:
    text = "ASK { GRAPH ?g { ?s ?p ?o } }"
    answer = run_query(text, endpoint=f"{pushed}/sparql")
    assert answer.boolean is True
    assert answer == run_query(text, graph_path=output / "graph.trig")
