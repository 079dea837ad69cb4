"""Issue 12 checked again from outside: the hostile spellings, stores and inputs the first
round of tests did not try, each on loopback servers the tests start (tests/loopback.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from loopback import Seen, serve
from store_fixture import write_output

from newsgraph.cli import main
from newsgraph.errors import StoreError
from newsgraph.query import run_query
from newsgraph.stores import push


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_output(tmp_path_factory.mktemp("build"))


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("newsgraph: error: "), err
    return err


# ------------------------------------------------ SPARQL's own tokens hide no SERVICE

# SPARQL ends a comment at a carriage return as at a line feed, and reads 1e5SERVICE as the
# double 1e5 and the keyword SERVICE: pyoxigraph calls the service in both.
HIDDEN_SERVICE = [
    "SELECT * WHERE { ?x ?y ?z #c\rSERVICE <{url}/cr> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y 1e5SERVICE <{url}/double> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y 1.0E0SERVICE <{url}/double> { ?s ?p ?o } }",
]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("template", HIDDEN_SERVICE)
def test_a_service_hidden_by_sparqls_own_tokens_is_refused(
    tmp_path: Path, engine: str, template: str, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = tmp_path / "numbers.ttl"  # a file whose triples match the patterns before SERVICE
    graph.write_text(
        "<https://e.org/a> <https://e.org/b> 1e5, 1.0E0 .\n", encoding="utf-8"
    )
    with serve() as server:
        code = main(["query", str(graph), template.replace("{url}", server.url), "--engine", engine])
        assert server.seen == []
    assert code == 2
    one_line_error(capsys)


def test_a_comment_ended_by_a_carriage_return_still_hides_what_it_holds(output: Path) -> None:
    text = "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/x>\r"
    run_query(text, graph_path=output / "graph.trig")  # no error
