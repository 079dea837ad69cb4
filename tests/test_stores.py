"""Pushing a build into a real Oxigraph server and querying it over the SPARQL protocol.

The server is the `oxigraph` binary (test extra), started on a free loopback port for this
module and stopped at its end. A tiny recording HTTP server on loopback checks what push
sends (auth headers, content type) and how refusals are reported.
"""

from __future__ import annotations

import base64
import http.server
import re
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from store_fixture import (
    article_names,
    articles,
    dataset,
    free_port,
    oxigraph_server,
    write_output,
)

from newsgraph.errors import InputError, QueryError, StoreError, UsageError
from newsgraph.query import run_query
from newsgraph.rdf import article_iri, build_dataset, serialize_dataset
from newsgraph.stores import login, push
from newsgraph.vocabulary import ontology_graph

pytestmark = pytest.mark.store

OTHER = "https://example.org/someone-elses-graph"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server on loopback; yields its base URL."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


@pytest.fixture(scope="module")
def pushed(server: str, output: Path) -> str:
    """The store with an unrelated graph in it, then the build pushed on top."""
    body = b'<https://example.org/s> <https://example.org/p> "kept" .\n'
    request = urllib.request.Request(
        f"{server}/store?graph={OTHER}",
        data=body,
        method="PUT",
        headers={"Content-Type": "application/n-triples"},
    )
    urllib.request.urlopen(request, timeout=10).close()
    push(output, f"{server}/store")
    return server


def remote_graph(server: str, name: str | None) -> Graph:
    where = f"GRAPH <{name}> {{ ?s ?p ?o }}" if name else "?s ?p ?o"
    result = run_query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}", endpoint=f"{server}/query")
    assert result.graph is not None
    return result.graph


def remote_quads(server: str) -> set[tuple[str, ...]]:
    result = run_query(
        "SELECT ?g ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
        endpoint=f"{server}/query",
    )
    return set(result.rows)


def local_graph(name: str, data: Dataset | None = None) -> Graph:
    """One graph of what push read: the build's graph.trig."""
    if data is None:
        data = Dataset()
        data.parse(data=serialize_dataset(dataset())["graph.trig"], format="trig")
    graph = Graph()
    for triple in data.graph(URIRef(name)):
        graph.add(triple)
    return graph


def canonical(graph: Graph) -> Graph:
    """Decimals in canonical form: Oxigraph stores "0.500" as "0.5", the same value."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.decimal:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


def same(remote: Graph, local: Graph) -> bool:
    return isomorphic(canonical(remote), canonical(local))


# ------------------------------------------------------------- against Oxigraph


def test_every_article_graph_arrives_intact(pushed: str) -> None:
    for name in article_names():
        assert same(remote_graph(pushed, name), local_graph(name)), name


def test_the_ontology_is_the_default_graph(pushed: str) -> None:
    assert same(remote_graph(pushed, None), ontology_graph())


def test_the_store_holds_exactly_the_articles_and_what_was_there(pushed: str) -> None:
    result = run_query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", endpoint=f"{pushed}/query"
    )
    assert sorted(row[0] for row in result.rows) == sorted([*article_names(), OTHER])


def test_pushing_twice_changes_nothing(pushed: str, output: Path) -> None:
    before = remote_quads(pushed)
    report = push(output, f"{pushed}/store")
    assert remote_quads(pushed) == before
    assert {graph.status for graph in report.graphs} <= {200, 204}  # replaced, not created
    assert report.named_graphs == len(article_names())
    assert report.triples == sum(len(local_graph(n)) for n in article_names()) + len(
        ontology_graph()
    )


def test_a_rebuilt_article_replaces_its_graph(server: str, tmp_path: Path) -> None:
    _, second = articles()
    push(write_output(tmp_path / "full"), f"{server}/store")
    # rebuild the second article with one relation fewer; push only that output
    shrunk = type(second)(second.article, second.entities, second.relations[:1])
    push(write_output(tmp_path / "shrunk", build_dataset([shrunk])), f"{server}/store")
    name = str(article_iri(second.article))
    expected = local_graph(name, build_dataset([shrunk]))
    assert same(remote_graph(server, name), expected)
    assert len(remote_graph(server, name)) < len(local_graph(name))
    push(write_output(tmp_path / "again"), f"{server}/store")  # leave the module's state


def test_endpoint_answers_like_the_local_file(pushed: str, output: Path) -> None:
    text = (
        "SELECT ?g ?who ?whom WHERE { GRAPH ?g { ?a ng:attacks ?b . "
        "?a rdfs:label ?who . ?b rdfs:label ?whom } }"
    )
    remote = run_query(text, endpoint=f"{pushed}/query")
    local = run_query(text, graph_path=output / "graph.trig")
    assert remote.columns == local.columns
    assert set(remote.rows) == set(local.rows) and len(remote.rows) == 2


def test_endpoint_ask_and_user_prefixes(pushed: str) -> None:
    # the user's own PREFIX line wins over the predeclared one of the same name
    text = "PREFIX ng: <https://example.org/not-ours#> ASK { GRAPH ?g { ?a ng:attacks ?b } }"
    assert run_query(text, endpoint=f"{pushed}/query").boolean is False
    assert (
        run_query("ASK { GRAPH ?g { ?a ng:attacks ?b } }", endpoint=f"{pushed}/query").boolean
        is True
    )


def test_bad_query_over_the_endpoint_is_a_query_error(pushed: str) -> None:
    with pytest.raises(QueryError) as caught:
        run_query("SELECT ?s WHERE {\n ?s ?p }", endpoint=f"{pushed}/query")
    assert "\n" not in str(caught.value)


def test_wrong_path_is_refused_with_the_status(server: str, output: Path) -> None:
    with pytest.raises(StoreError) as caught:
        push(output, f"{server}/no-such-service")
    assert "HTTP 404" in str(caught.value) and "\n" not in str(caught.value)


def test_query_sent_to_a_wrong_path_is_a_store_error(server: str) -> None:
    with pytest.raises(StoreError, match="HTTP 404"):
        run_query("ASK {}", endpoint=f"{server}/no-such-service")


# ------------------------------------------------------------- network failures


def test_closed_port_is_unreachable(output: Path) -> None:
    with pytest.raises(StoreError, match="cannot reach"):
        push(output, f"http://127.0.0.1:{free_port()}/store")
    with pytest.raises(StoreError, match="cannot reach"):
        run_query("ASK {}", endpoint=f"http://127.0.0.1:{free_port()}/query")


def test_a_silent_store_times_out(output: Path) -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/store"
        with pytest.raises(StoreError, match="did not answer within 0.2 s"):
            push(output, url, timeout=0.2)


# ------------------------------------------------------------- what push sends


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every PUT with the status the test asks for, and remembers the request."""

    requests: list[tuple[str, str, dict[str, str], bytes]] = []
    status = 204
    body = b""
    challenge = ""  # when set: a 401 with this WWW-Authenticate to requests without credentials

    def do_PUT(self) -> None:  # noqa: N802 (the name http.server calls)
        length = int(self.headers.get("Content-Length", 0))
        Recorder.requests.append(
            (self.command, self.path, dict(self.headers), self.rfile.read(length))
        )
        anonymous = Recorder.challenge and "Authorization" not in self.headers
        self.send_response(401 if anonymous else Recorder.status)
        if anonymous:
            self.send_header("WWW-Authenticate", Recorder.challenge)
        self.send_header("Content-Length", str(len(Recorder.body)))
        self.end_headers()
        self.wfile.write(Recorder.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def recorder() -> Iterator[str]:
    Recorder.requests = []
    Recorder.status, Recorder.body, Recorder.challenge = 204, b"", ""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/ds/data"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_push_puts_one_graph_per_article_and_the_default(recorder: str, output: Path) -> None:
    push(output, recorder)
    paths = [path for _, path, _, _ in Recorder.requests]
    expected = [
        "/ds/data?default",
        *("/ds/data?graph=" + urllib.request.quote(name, safe="") for name in article_names()),
    ]
    assert sorted(paths) == sorted(expected) and len(paths) == len(expected)
    assert all(method == "PUT" for method, _, _, _ in Recorder.requests)
    for _, _, headers, body in Recorder.requests:
        assert headers["Content-Type"].startswith("application/n-triples")
        Graph().parse(data=body, format="nt")  # each body is valid N-Triples on its own
        assert "Authorization" not in headers


def test_push_keeps_existing_query_parameters(recorder: str, output: Path) -> None:
    push(output, recorder + "?repo=x")
    paths = [path for _, path, _, _ in Recorder.requests]
    assert "/ds/data?repo=x&default" in paths
    assert all(path.startswith("/ds/data?repo=x&") for path in paths)


def test_basic_auth_is_sent_when_the_store_asks(recorder: str, output: Path) -> None:
    Recorder.challenge = 'Basic realm="ds"'
    push(output, recorder, auth="ana:s3cret:with:colons")
    first, *rest = [headers.get("Authorization") for _, _, headers, _ in Recorder.requests]
    expected = "Basic " + base64.b64encode(b"ana:s3cret:with:colons").decode("ascii")
    # one anonymous try draws the challenge; then every graph goes with credentials
    assert first is None and set(rest) == {expected}
    assert len(rest) == len(article_names()) + 1


def test_no_credentials_go_where_none_are_asked_for(recorder: str, output: Path) -> None:
    push(output, recorder, auth="ana:secret")
    assert all("Authorization" not in headers for _, _, headers, _ in Recorder.requests)


def test_bearer_token_comes_from_the_named_variable(
    recorder: str, output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_TEST_TOKEN", "tok-123")
    push(output, recorder, token_env="NEWSGRAPH_TEST_TOKEN")
    assert {h["Authorization"] for _, _, h, _ in Recorder.requests} == {"Bearer tok-123"}


@pytest.mark.parametrize(
    "status, body", [(401, b"Unauthorized\nmore detail"), (403, b""), (500, b"disk full")]
)
def test_refusal_names_the_status_and_first_line(
    recorder: str, output: Path, status: int, body: bytes
) -> None:
    Recorder.status, Recorder.body = status, body
    with pytest.raises(StoreError) as caught:
        push(output, recorder, auth="ana:secret")
    message = str(caught.value)
    assert f"HTTP {status}" in message and "\n" not in message
    assert (body.decode().splitlines()[0] if body else "(empty body)") in message
    assert "secret" not in message and "more detail" not in message
    assert ("--user" in message) == (status == 401)
    # stops at the first refusal (a 401 is tried once more, with the credentials)
    assert len(Recorder.requests) == (2 if status == 401 else 1)


def test_a_failure_half_way_says_how_far_it_got(recorder: str, output: Path) -> None:
    class FailSecond(Recorder):
        def do_PUT(self) -> None:  # noqa: N802
            Recorder.status = 204 if not Recorder.requests else 503
            super().do_PUT()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FailSecond)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with pytest.raises(StoreError, match=r"1 graph\(s\) were pushed before it"):
            push(output, f"http://127.0.0.1:{httpd.server_address[1]}/store")
    finally:
        httpd.shutdown()
        httpd.server_close()


# ------------------------------------------------------------- bad arguments


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"auth": "no-colon"}, "USER:PASSWORD"),
        ({"auth": ":password"}, "USER:PASSWORD"),
        ({"auth": "a:b", "token_env": "X"}, "not both"),
        ({"token_env": "NEWSGRAPH_SURELY_UNSET_VARIABLE"}, "NEWSGRAPH_SURELY_UNSET_VARIABLE"),
    ],
)
def test_auth_misuse_is_a_usage_error(kwargs: dict, match: str) -> None:
    with pytest.raises(UsageError, match=match):
        login(**kwargs)


@pytest.mark.parametrize("url", ["localhost:7878/store", "ftp://127.0.0.1/store", ""])
def test_store_url_must_be_http(output: Path, url: str) -> None:
    with pytest.raises(UsageError, match="http"):
        push(output, url)


def test_push_needs_a_build(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="newsgraph build"):
        push(tmp_path, "http://127.0.0.1:9/store")


def test_push_refuses_a_broken_trig(tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text("<https://example.org/g> { oops", encoding="utf-8")
    with pytest.raises(InputError, match="not valid TriG"):
        push(tmp_path, "http://127.0.0.1:9/store")


def test_push_accepts_the_trig_file_itself(recorder: str, output: Path) -> None:
    report = push(output / "graph.trig", recorder)
    assert report.named_graphs == len(article_names())


def test_blank_node_graphs_are_not_pushed(recorder: str, tmp_path: Path) -> None:
    # a graph named by a blank node has no IRI to address it by over the protocol
    (tmp_path / "graph.trig").write_text(
        '<https://example.org/g> { <https://example.org/a> <https://example.org/p> "x" . }\n'
        '_:anonymous { <https://example.org/b> <https://example.org/p> "y" . }\n',
        encoding="utf-8",
    )
    report = push(tmp_path, recorder)
    assert [graph.name for graph in report.graphs] == ["https://example.org/g"]


def test_literals_are_sent_as_written(recorder: str, tmp_path: Path) -> None:
    # no canonical rewriting on the way: "0.500" stays "0.500" for stores that keep it
    (tmp_path / "graph.trig").write_text(
        "<https://example.org/g> { <https://example.org/a> <https://example.org/p> "
        '"0.500"^^<http://www.w3.org/2001/XMLSchema#decimal> , "two\\nlines"@en . }\n',
        encoding="utf-8",
    )
    push(tmp_path, recorder)
    body = Recorder.requests[0][3].decode("utf-8")
    assert '"0.500"^^<http://www.w3.org/2001/XMLSchema#decimal>' in body
    assert '"two\\nlines"@en' in body


def test_a_graph_split_over_two_blocks_is_pushed_whole(recorder: str, tmp_path: Path) -> None:
    (tmp_path / "graph.nq").write_text(
        '<https://example.org/a> <https://example.org/p> "1" <https://example.org/g1> .\n'
        '<https://example.org/a> <https://example.org/p> "2" <https://example.org/g2> .\n'
        '<https://example.org/a> <https://example.org/p> "3" <https://example.org/g1> .\n',
        encoding="utf-8",
    )
    report = push(tmp_path / "graph.nq", recorder)
    assert [(g.name, g.triples) for g in report.graphs] == [
        ("https://example.org/g1", 2),
        ("https://example.org/g2", 1),
    ]
    assert len(Recorder.requests) == 2


def test_an_endpoint_error_gives_the_users_column(pushed: str, output: Path) -> None:
    # the prologue of predeclared prefixes goes before line 1: the column is given back
    text = "SELECT ?s WHERE { ?s ng:attacks ) }"
    with pytest.raises(QueryError) as remote:
        run_query(text, endpoint=f"{pushed}/query")
    with pytest.raises(QueryError) as local:
        run_query(text, graph_path=output / "graph.ttl")
    position = re.search(r"\b1:\d+", str(local.value))
    assert position is not None
    assert re.findall(r"\b1:\d+", str(remote.value)) == [position.group()]
