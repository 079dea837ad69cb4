"""`newsgraph push` and `newsgraph query --endpoint/--engine`, run in-process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixture import article_names, free_port, oxigraph_server

from newsgraph.cli import main

WHO_ATTACKS = "SELECT ?g ?who WHERE { GRAPH ?g { ?a ng:attacks ?b . ?a rdfs:label ?who } }"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def bindings(text: str) -> set[str]:
    return {json.dumps(b, sort_keys=True) for b in json.loads(text)["results"]["bindings"]}


@pytest.mark.store
def test_push_then_query_the_endpoint(server: str, output: Path, capsys) -> None:
    code, out, err = run(["push", str(output), "--store", f"{server}/store"], capsys)
    assert code == 0 and err == ""
    assert out.startswith(f"pushed {len(article_names())} article graph(s) and the ontology")
    code, remote, _ = run(
        ["query", "--endpoint", f"{server}/query", WHO_ATTACKS, "--format", "json"], capsys
    )
    assert code == 0
    code, local, _ = run(
        ["query", str(output / "graph.trig"), WHO_ATTACKS, "--format", "json"], capsys
    )
    assert code == 0
    assert bindings(remote) == bindings(local) and len(bindings(local)) == 2


@pytest.mark.store
def test_query_file_against_an_endpoint(server: str, output: Path, tmp_path: Path, capsys) -> None:
    assert main(["push", str(output), "--store", f"{server}/store"]) == 0
    query = tmp_path / "q.rq"
    query.write_text("ASK { GRAPH ?g { ?a ng:supports ?b } }", encoding="utf-8")
    capsys.readouterr()
    code, out, _ = run(["query", "--endpoint", f"{server}/query", "--file", str(query)], capsys)
    assert (code, out) == (0, "true\n")


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph", "auto"])
def test_engine_option(output: Path, engine: str, capsys) -> None:
    code, out, _ = run(
        [
            "query",
            str(output / "graph.ttl"),
            "SELECT ?who WHERE { ?a ng:supports ?b . ?a rdfs:label ?who }",
            "--engine",
            engine,
            "--format",
            "csv",
        ],
        capsys,
    )
    assert code == 0 and out.splitlines() == ["who", "Northland"]


@pytest.mark.parametrize(
    "argv, words",
    [
        (["push", "{out}", "--store", "http://127.0.0.1:{closed}/store"], "cannot reach"),
        (["push", "{out}", "--store", "not a url"], "http"),
        (["push", "{out}/nothing-here", "--store", "http://127.0.0.1:9/store"], "newsgraph build"),
        (
            [
                "push",
                "{out}",
                "--store",
                "http://127.0.0.1:9/store",
                "--token-env",
                "NEWSGRAPH_SURELY_UNSET_VARIABLE",
            ],
            "NEWSGRAPH_SURELY_UNSET_VARIABLE",
        ),
        (["query", "--endpoint", "http://127.0.0.1:{closed}/query", "ASK {{}}"], "cannot reach"),
        (["query", "{out}/graph.ttl", "ASK {{}}", "--endpoint", "http://127.0.0.1:9/q"], "only"),
        (["query", "--endpoint", "http://127.0.0.1:9/q"], "--file"),
        (["query"], "--endpoint"),
        (
            ["query", "{out}/graph.ttl", "SELECT ?s WHERE {{ ?s }}", "--engine", "oxigraph"],
            "SPARQL",
        ),
    ],
)
def test_errors_are_one_line_and_exit_2(output: Path, argv: list[str], words: str, capsys) -> None:
    filled = [a.format(out=output, closed=free_port()) for a in argv]
    code, out, err = run(filled, capsys)
    assert code == 2 and out == ""
    assert err.startswith("newsgraph: error:") and err.count("\n") == 1
    assert words in err


def test_push_has_help(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["push", "--help"])
    assert caught.value.code == 0
    text = capsys.readouterr().out
    assert "--store" in text and "--token-env" in text and "--user" in text


def test_query_help_names_the_new_options(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["query", "--help"])
    text = capsys.readouterr().out
    assert "--endpoint" in text and "--engine" in text and "--timeout" in text


@pytest.mark.parametrize("source", ["", "graph.ttl"])
def test_neo4j_command_writes_the_import_files(
    output: Path, tmp_path: Path, source: str, capsys
) -> None:
    code, out, _ = run(
        ["neo4j", str(output / source) if source else str(output), "--out", str(tmp_path / "n")],
        capsys,
    )
    assert code == 0 and out.startswith("wrote entities.csv")
    names = sorted(p.name for p in (tmp_path / "n").iterdir())
    assert names == sorted(
        ["entities.csv", "articles.csv", "relations.csv", "mentions.csv", "graph.cypher"]
    )
    assert "ATTACKS" in (tmp_path / "n" / "relations.csv").read_text(encoding="utf-8")


def test_neo4j_command_needs_a_build(tmp_path: Path, capsys) -> None:
    code, _, err = run(["neo4j", str(tmp_path)], capsys)
    assert code == 2 and "does not exist" in err and not (tmp_path / "neo4j").exists()
