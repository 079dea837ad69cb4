"""Slow and hostile stores, hostile queries: each promise of docs/faults.md on loopback
servers the tests start themselves (tests/loopback.py)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from loopback import Seen, serve, trickle
from store_fixture import article_names, one_line_error

from newsgraph.cli import main
from newsgraph.errors import StoreError
from newsgraph.query import _unshift, run_query
from newsgraph.stores import push

RESULTS = json.dumps(
    {"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "1"}}]}}
).encode()
JSON_RESULTS = {"Content-Type": "application/sparql-results+json"}


# ------------------------------------------------ a query over a file stays on this machine

HOSTILE_QUERIES = [
    "SELECT * WHERE { SERVICE <{url}/x> { ?s ?p ?o } }",
    "select * where { service silent <{url}/x> { ?s ?p ?o } }",
    "SELECT * WHERE { ?a ?b ?c . \\u0053ERVICE <{url}/x> { ?s ?p ?o } }",
    "PREFIX ex: <https://e.org/> SELECT * WHERE { ?s ex:a\\# SERVICE <{url}/x> { ?s ?p ?o } }",
    "SELECT * WHERE { FILTER EXISTS { SERVICE <{url}/x> { ?s ?p ?o } } }",
    "SELECT * FROM <{url}/from> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <{url}/from> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX r: <{url}/> SELECT * FROM r:from WHERE { ?s ?p ?o }",
    "ASK FROM <file:///etc/passwd> { ?s ?p ?o }",
]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("graph", ["graph.trig", "graph.ttl"])
@pytest.mark.parametrize("template", HOSTILE_QUERIES)
def test_a_query_over_a_file_never_reaches_the_network(
    output: Path, engine: str, graph: str, template: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve() as server:
        text = template.replace("{url}", server.url)
        code = main(["query", str(output / graph), text, "--engine", engine])
        assert server.seen == []
    assert code == 2
    assert "never" in one_line_error(capsys)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?service WHERE { ?service ng:service ?o }",
        'SELECT * WHERE { ?s rdfs:label "SERVICE <http://127.0.0.1:9/x> { }" }',
        "SELECT * WHERE { ?s ?p <https://example.org/SERVICE> } # SERVICE <http://x/>",
        'SELECT * WHERE { ?s ?p """FROM <http://127.0.0.1:9/>""" }',
    ],
)
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_service_and_from_in_names_strings_and_comments_are_no_keywords(
    output: Path, text: str, engine: str
) -> None:
    run_query(text, graph_path=output / "graph.trig", engine=engine)  # no error


def test_from_a_graph_of_the_file_is_allowed(output: Path) -> None:
    name = article_names()[0]
    text = f"SELECT DISTINCT ?g FROM NAMED <{name}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert run_query(text, graph_path=output / "graph.trig").rows == ((name,),)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_jsonld_file_with_a_remote_context_is_not_fetched(
    tmp_path: Path, engine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve() as server:
        graph = tmp_path / "graph.jsonld"
        graph.write_text(
            json.dumps({"@context": f"{server.url}/ctx.jsonld", "@id": "https://e.org/a"}),
            encoding="utf-8",
        )
        code = main(["query", str(graph), "ASK { ?s ?p ?o }", "--engine", engine])
        assert server.seen == []
    assert code == 2
    one_line_error(capsys)


# ------------------------------------------------ credentials stay with the origin named


def login_then_redirect(to: str, status: int) -> object:
    """A store that asks for Basic credentials, then redirects the request elsewhere."""

    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if "Authorization" not in seen.headers:
            return 401, {"WWW-Authenticate": 'Basic realm="store"'}, b""
        return status, {"Location": to + seen.path}, b""

    return answer


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_query_credentials_never_follow_a_redirect_elsewhere(status: int) -> None:
    with serve(lambda seen: (200, JSON_RESULTS, RESULTS)) as other:
        with serve(login_then_redirect(other.url, status)) as store:  # type: ignore[arg-type]
            result = run_query("ASK {}", endpoint=f"{store.url}/sparql", auth="ana:secret")
            assert [s.headers.get("Authorization", "") for s in store.seen][-1].startswith("Basic")
        assert other.seen, "the redirect is followed"
        assert all("Authorization" not in seen.headers for seen in other.seen)
    assert result.rows == (("1",),)


def test_a_bearer_token_never_follows_a_redirect_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSGRAPH_TEST_TOKEN", "tok-123")
    with serve(lambda seen: (200, JSON_RESULTS, RESULTS)) as other:
        redirect = (303, {"Location": other.url + "/sparql"}, b"")
        with serve(lambda seen: redirect) as store:
            run_query("ASK {}", endpoint=f"{store.url}/q", token_env="NEWSGRAPH_TEST_TOKEN")
            assert store.seen[0].headers["Authorization"] == "Bearer tok-123"
        assert other.seen and all("Authorization" not in s.headers for s in other.seen)


@pytest.mark.parametrize("status", [302, 303])  # clients GET what these point at
def test_push_refuses_a_redirect_that_would_turn_put_into_get(
    output: Path, status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve() as other:
        with serve(login_then_redirect(other.url, status)) as store:  # type: ignore[arg-type]
            code = main(["push", str(output), "--store", f"{store.url}/data", "--user", "a:pw"])
        assert other.seen == []
    assert code == 2
    assert f"HTTP {status}" in one_line_error(capsys)


@pytest.mark.parametrize("status", [301, 307, 308])
def test_push_follows_a_put_redirect_elsewhere_without_credentials(
    output: Path, status: int
) -> None:
    with serve() as other:
        with serve(login_then_redirect(other.url, status)) as store:  # type: ignore[arg-type]
            report = push(output, f"{store.url}/data", auth="ana:secret")
        assert len(other.seen) == len(report.graphs) == len(article_names()) + 1
        assert all(seen.method == "PUT" and seen.body for seen in other.seen)
        assert all("Authorization" not in seen.headers for seen in other.seen)


def test_a_same_origin_redirect_keeps_the_credentials(output: Path) -> None:
    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if "Authorization" not in seen.headers:
            return 401, {"WWW-Authenticate": 'Basic realm="store"'}, b""
        if seen.path.startswith("/old"):
            return 308, {"Location": "/new" + seen.path[4:]}, b""
        return 204, {}, b""

    with serve(answer) as store:
        push(output, f"{store.url}/old", auth="ana:secret")
        arrived = [seen for seen in store.seen if seen.path.startswith("/new")]
    assert len(arrived) == len(article_names()) + 1
    assert all(seen.headers["Authorization"].startswith("Basic ") for seen in arrived)


# ------------------------------------------------ Digest when the store asks for it


def test_digest_is_used_when_the_store_challenges_with_it(output: Path) -> None:
    challenge = 'Digest realm="SPARQL", nonce="abc123", qop="auth", algorithm="MD5"'

    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if not seen.headers.get("Authorization", "").startswith("Digest "):
            return 401, {"WWW-Authenticate": challenge}, b""
        return 201, {}, b""

    with serve(answer) as store:
        push(output, f"{store.url}/sparql-graph-crud-auth", auth="dba:s3cret")
        sent = [seen.headers.get("Authorization", "") for seen in store.seen]
    secret = base64.b64encode(b"dba:s3cret").decode("ascii")
    assert sent[0] == ""  # the first try goes without credentials
    assert all(header.startswith('Digest username="dba"') for header in sent[1:])
    assert all("s3cret" not in header and secret not in header for header in sent)
    assert len(sent) == len(article_names()) + 2  # one anonymous try, then one PUT a graph


# ------------------------------------------------ --timeout bounds the whole request


@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
def test_a_trickling_store_is_cut_off_at_the_timeout(output: Path, in_headers: bool) -> None:
    # one byte every 0.2 s for about 10 s: each read is quick, only the whole is slow
    with trickle(in_headers=in_headers, interval=0.2, count=50) as store:
        with pytest.raises(StoreError, match="did not answer within 1 s"):
            push(output, f"{store.url}/store", timeout=1)
        with pytest.raises(StoreError, match="did not answer within 1 s"):
            run_query("ASK {}", endpoint=f"{store.url}/query", timeout=1)


def test_the_cli_reports_a_trickling_store_in_one_line(
    output: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with trickle(in_headers=False, interval=0.2, count=50) as store:
        code = main(["query", "--endpoint", f"{store.url}/q", "ASK {}", "--timeout", "1"])
    assert code == 2
    assert "--timeout" in one_line_error(capsys)


# ------------------------------------------------ how queries reach an endpoint


def test_short_queries_go_as_get_and_long_ones_as_form_posts() -> None:
    with serve(lambda seen: (200, JSON_RESULTS, RESULTS)) as store:
        run_query("SELECT ?n WHERE { ?s ng:count ?n }", endpoint=f"{store.url}/sparql")
        run_query("SELECT ?n WHERE { ?s ng:count ?n }" + " " * 3000, endpoint=f"{store.url}/sparql")
        short, long = store.seen
    assert short.method == "GET" and short.path.startswith("/sparql?query=")
    assert long.method == "POST"
    assert long.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert long.body.startswith(b"query=")
    # only the prefixes the query uses are added
    assert "PREFIX+ng%3A" in short.path and "rdfs" not in short.path


@pytest.mark.parametrize(
    "message, shift, expected",
    [
        ("error at 1:327: expected OPTIONAL", 300, "error at 1:27: expected OPTIONAL"),
        ("error at 2:7: expected OPTIONAL", 300, "error at 2:7: expected OPTIONAL"),
        ("Encountered x at line 1, column 310.", 300, "Encountered x at line 1, column 10."),
        ("line 1: syntax error at '}'", 300, "line 1: syntax error at '}'"),
        ("error at 1:27", 0, "error at 1:27"),
    ],
)
def test_endpoint_error_positions_are_the_users(message: str, shift: int, expected: str) -> None:
    assert _unshift(message, shift) == expected


# ------------------------------------------------ --user USER without the password in ps


def test_user_alone_takes_the_password_from_the_environment(
    output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_PASSWORD", "from-env")
    with serve(login_then_redirect("", 204)) as store:  # type: ignore[arg-type]
        assert main(["push", str(output), "--store", f"{store.url}/d", "--user", "ana"]) == 0
        sent = {seen.headers.get("Authorization") for seen in store.seen[1:]}
    assert sent == {"Basic " + base64.b64encode(b"ana:from-env").decode("ascii")}


def test_user_alone_asks_at_a_terminal(output: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSGRAPH_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: "typed")
    with serve(login_then_redirect("", 204)) as store:  # type: ignore[arg-type]
        assert main(["push", str(output), "--store", f"{store.url}/d", "--user", "ana"]) == 0
        sent = {seen.headers.get("Authorization") for seen in store.seen[1:]}
    assert sent == {"Basic " + base64.b64encode(b"ana:typed").decode("ascii")}


def test_user_alone_without_a_terminal_is_a_usage_error(
    output: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("NEWSGRAPH_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with serve() as store:
        code = main(["push", str(output), "--store", f"{store.url}/d", "--user", "ana"])
        assert store.seen == []
    assert code == 2
    assert "NEWSGRAPH_PASSWORD" in one_line_error(capsys)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_rdfxml_external_entities_are_not_fetched(tmp_path: Path, engine: str) -> None:
    with serve() as server:
        graph = tmp_path / "graph.rdf"
        graph.write_text(
            '<?xml version="1.0"?>\n'
            f'<!DOCTYPE r [<!ENTITY e SYSTEM "{server.url}/xxe">]>\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:ex="https://e.org/"><rdf:Description rdf:about="https://e.org/a">'
            "<ex:p>&e;</ex:p></rdf:Description></rdf:RDF>\n",
            encoding="utf-8",
        )
        main(["query", str(graph), "ASK { ?s ?p ?o }", "--engine", engine])
        assert server.seen == []


def test_a_redirect_loop_ends_in_one_line() -> None:
    with serve(lambda seen: (307, {"Location": seen.path}, b"")) as store:
        with pytest.raises(StoreError, match="redirected more than 5 times"):
            run_query("ASK {}", endpoint=f"{store.url}/loop")
        assert len(store.seen) == 6


def test_credentials_in_the_url_are_a_login_and_never_shown(output: Path) -> None:
    with serve(login_then_redirect("", 204)) as store:  # type: ignore[arg-type]
        url = store.url.replace("http://", "http://ana:s3cret@") + "/d"
        report = push(output, url)
        sent = {seen.headers.get("Authorization") for seen in store.seen[1:]}
        assert sent == {"Basic " + base64.b64encode(b"ana:s3cret").decode("ascii")}
    with serve(lambda seen: (500, {}, b"broken")) as store:
        url = store.url.replace("http://", "http://ana:s3cret@") + "/d"
        with pytest.raises(StoreError) as caught:
            push(output, url)
    assert "s3cret" not in str(caught.value) and "***@" in str(caught.value)
    assert report.named_graphs == len(article_names())


@pytest.mark.parametrize(
    "challenge, scheme",
    [
        ('Basic realm="digest area"', "Basic "),
        ('Basic realm="x", Digest realm="y", nonce="n1", qop="auth"', "Digest "),
        ('Digest realm="y", nonce="n1", algorithm="MD5"', "Digest "),
        ("", "Basic "),  # a 401 without a challenge: Basic, the protocol's default
    ],
)
def test_the_challenge_picks_the_scheme(output: Path, challenge: str, scheme: str) -> None:
    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if "Authorization" not in seen.headers:
            return 401, {"WWW-Authenticate": challenge} if challenge else {}, b""
        return 204, {}, b""

    with serve(answer) as store:
        push(output, f"{store.url}/d", auth="ana:secret")
        sent = [seen.headers.get("Authorization", "") for seen in store.seen[1:]]
    assert sent and all(header.startswith(scheme) for header in sent)
