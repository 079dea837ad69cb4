"""Issue 12 checked again from outside: the hostile spellings, stores and inputs the first
round of tests did not try, each on loopback servers the tests start (tests/loopback.py)."""

from __future__ import annotations

import concurrent.futures
import gc
import multiprocessing
import os
import struct
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from loopback import Seen, serve
from store_fixture import one_line_error, write_output

from newsgraph.cli import main
from newsgraph.corpus import kill_workers
from newsgraph.errors import InputError, StoreError
from newsgraph.gazetteer import load_gazetteer
from newsgraph.query import run_query
from newsgraph.stores import push
from newsgraph.writing import LOCK_NAME, folder_lock

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
    graph.write_text("<https://e.org/a> <https://e.org/b> 1e5, 1.0E0 .\n", encoding="utf-8")
    with serve() as server:
        code = main(
            ["query", str(graph), template.replace("{url}", server.url), "--engine", engine]
        )
        assert server.seen == []
    assert code == 2
    one_line_error(capsys)


def test_a_comment_ended_by_a_carriage_return_still_hides_what_it_holds(output: Path) -> None:
    text = "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/x>\r"
    run_query(text, graph_path=output / "graph.trig")  # no error


# ------------------------------------------------ no credential of any kind crosses origins


def test_a_session_cookie_never_follows_a_redirect_elsewhere(output: Path) -> None:
    """A store that logs in with a session cookie, then redirects to another port of the
    same host: cookies ignore ports, so a cookie jar would hand the session over."""
    results = b'{"head": {}, "boolean": true}'
    json_results = {"Content-Type": "application/sparql-results+json"}
    with serve(lambda seen: (200, json_results, results)) as other:

        def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
            if "Authorization" not in seen.headers:
                return 401, {"WWW-Authenticate": 'Basic realm="store"'}, b""
            cookie = {"Set-Cookie": "session=s3cret-session; Path=/"}
            return 307, {"Location": other.url + seen.path, **cookie}, b""

        with serve(answer) as store:
            push(output, f"{store.url}/data", auth="ana:secret")
            run_query("ASK {}", endpoint=f"{store.url}/sparql", auth="ana:secret")
        assert other.seen
        assert all("Cookie" not in seen.headers for seen in other.seen)


def challenged(challenge: str) -> object:
    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if "Authorization" not in seen.headers:
            return 401, {"WWW-Authenticate": challenge}, b""
        return 204, {}, b""

    return answer


@pytest.mark.parametrize(
    "challenge",
    [
        "Negotiate",
        'Bearer realm="store"',
        'Digest realm="x", nonce="n1", algorithm="SHA-512-256"',  # RFC 7616, not in httpx
        'Digest realm="x", nonce="n1", qop="auth-int"',
    ],
)
def test_a_challenge_newsgraph_cannot_answer_gets_no_password_and_one_line(
    output: Path, challenge: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve(challenged(challenge)) as store:  # type: ignore[arg-type]
        code = main(["push", str(output), "--store", f"{store.url}/d", "--user", "ana:secret"])
        sent = [seen.headers.get("Authorization", "") for seen in store.seen]
    assert code == 2
    one_line_error(capsys)
    assert all(not header.startswith("Basic ") for header in sent), sent


def test_a_basic_challenge_whose_realm_says_digest_gets_basic(output: Path) -> None:
    with serve(challenged('Basic realm="files, digest area"')) as store:  # type: ignore[arg-type]
        push(output, f"{store.url}/d", auth="ana:secret")
        sent = [seen.headers.get("Authorization", "") for seen in store.seen[1:]]
    assert sent and all(header.startswith("Basic ") for header in sent)


def test_an_unanswerable_digest_challenge_on_an_endpoint_is_one_line() -> None:
    with serve(challenged('Digest realm="x", nonce="n1", algorithm="SHA-512-256"')) as store:  # type: ignore[arg-type]
        with pytest.raises(StoreError):
            run_query("ASK {}", endpoint=f"{store.url}/sparql", auth="ana:secret")


@pytest.mark.parametrize("login", ["user", "token"])
def test_a_redirect_back_from_another_origin_gets_no_credentials(
    login: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A -> B -> A: B picks the path on A (on Virtuoso, /sparql-auth?query=DROP GRAPH …), so
    credentials sent there would act for the other origin."""
    monkeypatch.setenv("NEWSGRAPH_TEST_TOKEN", "tok-123")
    results = (200, {"Content-Type": "application/sparql-results+json"}, b'{"boolean": true}')
    hop: list[str] = []  # B's URL, known once B runs

    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if seen.path.startswith("/back"):
            return results
        if "Authorization" not in seen.headers:
            return 401, {"WWW-Authenticate": 'Basic realm="store"'}, b""
        return 307, {"Location": hop[0]}, b""

    with serve(answer) as store:
        with serve(lambda seen: (307, {"Location": f"{store.url}/back"}, b"")) as other:
            hop.append(f"{other.url}/hop")
            if login == "user":
                run_query("ASK {}", endpoint=f"{store.url}/sparql", auth="ana:secret")
            else:
                run_query("ASK {}", endpoint=f"{store.url}/q", token_env="NEWSGRAPH_TEST_TOKEN")
            assert other.seen and all("Authorization" not in seen.headers for seen in other.seen)
        back = [seen for seen in store.seen if seen.path.startswith("/back")]
    assert back and all("Authorization" not in seen.headers for seen in back)


# ------------------------------------------------ the output folder's lock


def test_a_lock_file_that_is_a_symlink_never_truncates_its_target(tmp_path: Path) -> None:
    """An output folder others can write to: a planted .newsgraph-lock -> ~/.bashrc must not
    have the build truncate that file and write its pid into it."""
    victim = tmp_path / "precious.txt"
    victim.write_text("precious data\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_NAME).symlink_to(victim)
    with pytest.raises(OSError):
        with folder_lock(out):
            pass
    assert victim.read_text(encoding="utf-8") == "precious data\n"


# ------------------------------------------------ gazetteers with NUL bytes


@pytest.mark.parametrize(
    "data",
    [
        "Angela Merkel,Merkel\nEmmanuel Macron,Macron\n".encode("utf-16-le"),  # no BOM
        b"name,alias,type\nAngela\x00 Merkel,Merkel,Person\n",
    ],
)
def test_a_gazetteer_with_nul_bytes_is_refused_in_one_line(tmp_path: Path, data: bytes) -> None:
    """UTF-16 without a byte order mark is valid UTF-8 full of NULs: read as it is, every
    name would hold NULs, match nothing, and the gazetteer would be silently ignored."""
    path = tmp_path / "known.csv"
    path.write_bytes(data)
    with pytest.raises(InputError, match="NUL") as caught:
        load_gazetteer(path)
    message = str(caught.value)
    assert "\n" not in message and ("line 1 " in message or "line 2 " in message)


# ------------------------------------------------ a file in a folder we may not enter


@pytest.mark.parametrize("command", ["build", "extract"])
def test_a_file_in_a_folder_that_cannot_be_entered_is_read_not_written(
    tmp_path: Path,
    command: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`newsgraph build locked/story.txt` where locked/ has no x permission: Python 3.11's
    Path.is_file() raises PermissionError, which the CLI took for 'cannot write'."""
    locked = tmp_path / "locked"
    locked.mkdir()
    story = locked / "story.txt"
    story.write_text("Angela Merkel met Emmanuel Macron in Paris.\n", encoding="utf-8")
    real = os.stat

    def refuse(path: object, *args: object, **kwargs: object) -> object:
        if os.fspath(path).startswith(str(locked) + os.sep):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[call-overload]
        return real(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "stat", refuse)
    out = ["--out", str(tmp_path / "o")] if command == "build" else []
    assert main([command, str(story), *out]) == 2
    message = one_line_error(capsys)
    assert "cannot read" in message and "Permission denied" in message
    assert "cannot write" not in message
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["build", "{seed}", "--out", "{tmp}/o", "--gazetteer", "{locked}/known.csv"],
        ["query", "{locked}/graph.ttl", "ASK {}"],
        ["push", "{locked}", "--store", "http://127.0.0.1:9/store"],
        ["neo4j", "{locked}", "--out", "{tmp}/n"],
    ],
)
def test_a_file_we_may_not_reach_is_never_called_unwritable(
    tmp_path: Path,
    command: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    locked = tmp_path / "locked"
    write_output(locked)
    (locked / "known.csv").write_text("Angela Merkel,Merkel,Person\n", encoding="utf-8")
    seed = tmp_path / "story.txt"
    seed.write_text("Angela Merkel met Emmanuel Macron in Paris.\n", encoding="utf-8")
    real = os.stat

    def refuse(path: object, *args: object, **kwargs: object) -> object:
        if os.fspath(path).startswith(str(locked) + os.sep):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[call-overload]
        return real(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "stat", refuse)
    places = {"{seed}": str(seed), "{tmp}": str(tmp_path), "{locked}": str(locked)}
    argv = []
    for part in command:
        for name, value in places.items():
            part = part.replace(name, value)
        argv.append(part)
    assert main(argv) == 2
    message = one_line_error(capsys)
    assert "Permission denied" in message and "cannot write" not in message


# ------------------------------------------------ query --endpoint only reads


@pytest.mark.parametrize(
    "text",
    [
        "CLEAR GRAPH <https://w3id.org/newsgraph/ontology>",
        "drop silent all",
        "PREFIX ex: <https://e.org/> INSERT DATA { ex:a ex:b ex:c }",
        "WITH <https://e.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o } ; \\u0044ROP ALL",
    ],
)
def test_query_sends_no_update_to_an_endpoint(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Virtuoso runs an update sent as ?query= (with --user on /sparql-auth, CLEAR GRAPH
    emptied the graph): `query` reads only, over a file and over an endpoint alike."""
    with serve() as store:
        code = main(["query", "--endpoint", f"{store.url}/sparql", text])
        assert store.seen == []
    assert code == 2
    assert "update" in one_line_error(capsys)


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * WHERE { ?s rdfs:label "DROP ALL" }',
        "SELECT ?insert WHERE { ?insert ng:delete ?o } # CLEAR",
    ],
)
def test_update_words_in_strings_names_and_comments_are_no_update(text: str) -> None:
    results = (200, {"Content-Type": "application/sparql-results+json"}, b'{"boolean": true}')
    with serve(lambda seen: results) as store:
        run_query(text, endpoint=f"{store.url}/sparql")
        assert len(store.seen) == 1


@pytest.mark.parametrize("value, expected", [("1", True), ("0", False)])
def test_virtuosos_ask_table_is_read_as_the_boolean_it_means(value: str, expected: bool) -> None:
    """What Virtuoso 7.2 answers to ASK, in JSON and XML alike; a file gives true/false."""
    body = (
        '{"head": {"link": [], "vars": ["__ASK_RETVAL"]}, "results": {"bindings": [{'
        '"__ASK_RETVAL": {"type": "typed-literal", "datatype": '
        '"http://www.w3.org/2001/XMLSchema#integer", "value": "' + value + '"}}]}}'
    ).encode()
    answer = (200, {"Content-Type": "application/sparql-results+json"}, body)
    with serve(lambda seen: answer) as store:
        result = run_query("ASK { ?s ?p ?o }", endpoint=f"{store.url}/sparql")
        table = run_query("SELECT ?__ASK_RETVAL WHERE { }", endpoint=f"{store.url}/sparql")
    assert result.boolean is expected and result.rows == ()
    assert table.columns == ("__ASK_RETVAL",)  # a SELECT is left as it is


@pytest.mark.parametrize(
    "argv",
    [
        ["query", "--endpoint", "http://[::1/sparql", "ASK {}"],
        ["push", "{out}", "--store", "http://ana:s3cret@[::1/store"],
        ["push", "{out}", "--store", "http://[::1]:1/store", "--default-graph", "http://[x"],
    ],
)
def test_a_url_python_cannot_split_is_one_line(
    output: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([part.replace("{out}", str(output)) for part in argv]) == 2
    assert "s3cret" not in one_line_error(capsys)


# ------------------------------------------------ a stop while a worker sends its result


def half_an_answer() -> None:
    """In a pool worker: start a result message on the pool's result pipe, never end it
    (what a worker killed while sending a large analysed article leaves)."""
    from multiprocessing.queues import SimpleQueue

    queue = next(o for o in gc.get_objects() if isinstance(o, SimpleQueue))
    os.write(queue._writer.fileno(), struct.pack("!i", 1 << 20) + b"x" * 100)
    time.sleep(60)


def test_killed_workers_never_leave_the_pool_waiting_for_half_a_result() -> None:
    """SIGTERM during `build --workers 2` hung for good (seen on a 400-article corpus): the
    pool's manager thread waited for the rest of a killed worker's answer, and shutdown()
    waited for the manager."""
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("forkserver"))
    started = pool.submit(half_an_answer)
    with pytest.raises(concurrent.futures.TimeoutError):
        started.result(timeout=3)  # the worker is now blocked mid-message
    kill_workers(pool)
    stopping = threading.Thread(
        target=pool.shutdown, kwargs={"wait": True, "cancel_futures": True}, daemon=True
    )
    stopping.start()
    stopping.join(30)  # a bound on a hang, not a speed test: it ends at once when right
    assert not stopping.is_alive(), "shutdown still waits for the killed worker's answer"
