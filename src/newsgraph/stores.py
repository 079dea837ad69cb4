"""Loading the built graph into a graph store over the SPARQL 1.1 Graph Store HTTP Protocol.

One named graph per article is PUT to ``STORE?graph=<article IRI>``, which replaces whatever
the store held under that name, so pushing the same output twice leaves the store unchanged
and pushing a rebuilt article replaces its old statements. The ontology (the TriG default
graph) goes to ``STORE?default``. Any store that speaks the protocol works: Oxigraph
(``/store``), Apache Jena Fuseki (``/DATASET/data``), GraphDB
(``/repositories/REPO/rdf-graphs/service``); see docs/stores.md.

Only the standard library talks HTTP here (urllib), so proxies and https come for free.
"""

from __future__ import annotations

import base64
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from .errors import InputError, StoreError, UsageError

log = logging.getLogger(__name__)

#: what ``push`` sends: N-Triples is line-based, needs no prefixes and every store reads it
_NTRIPLES = "application/n-triples"
_OK = (200, 201, 204)


@dataclass(frozen=True)
class HttpResponse:
    """The parts of an HTTP answer the callers look at."""

    status: int
    content_type: str
    body: bytes


@dataclass(frozen=True)
class PushedGraph:
    """One graph sent to the store: its name ("" for the default graph) and size."""

    name: str
    triples: int
    status: int


@dataclass(frozen=True)
class PushReport:
    """What ``push`` did: which store, and every graph it replaced there."""

    store: str
    graphs: tuple[PushedGraph, ...]

    @property
    def triples(self) -> int:
        return sum(graph.triples for graph in self.graphs)

    @property
    def named_graphs(self) -> int:
        return sum(1 for graph in self.graphs if graph.name)


def auth_headers(auth: str | None = None, token_env: str | None = None) -> dict[str, str]:
    """The Authorization header for basic auth ("user:password") or a bearer token.

    The token is read from the environment variable *named* by token_env, so it never
    appears on a command line or in a shell history.

    >>> auth_headers("ana:secret")
    {'Authorization': 'Basic YW5hOnNlY3JldA=='}
    >>> auth_headers()
    {}
    """
    if auth and token_env:
        raise UsageError("give either basic auth (user:password) or a token variable, not both")
    if auth:
        if ":" not in auth:
            raise UsageError("basic auth must be written user:password")
        encoded = base64.b64encode(auth.encode("utf-8")).decode("ascii")
        return {"Authorization": f"Basic {encoded}"}
    if token_env:
        token = os.environ.get(token_env, "").strip()
        if not token:
            raise UsageError(
                f"the environment variable {token_env} holding the store's token "
                "is not set or empty; export it first"
            )
        return {"Authorization": f"Bearer {token}"}
    return {}


def check_url(url: str) -> str:
    """Refuse anything but an absolute http(s) URL, before any request is made."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(
            f"{url!r} is not an http(s) URL; write it like http://localhost:7878/store"
        )
    return url


def with_query(url: str, params: str) -> str:
    """Append query parameters to a URL that may already have some."""
    return f"{url}{'&' if urllib.parse.urlsplit(url).query else '?'}{params}"


def first_line(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    return text.splitlines()[0].strip()[:200] if text else "(empty body)"


def request(
    method: str,
    url: str,
    *,
    data: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float | None = 30.0,
    what: str = "the store",
) -> HttpResponse:
    """Send one HTTP request and return the answer, whatever its status.

    Only failures to get an answer (refused connection, unknown host, timeout) raise, as a
    one-line StoreError; the callers decide what a 4xx or 5xx means.
    """
    req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            return HttpResponse(
                answer.status, answer.headers.get("Content-Type", ""), answer.read()
            )
    except urllib.error.HTTPError as e:
        body = e.read() if e.fp is not None else b""
        return HttpResponse(e.code, e.headers.get("Content-Type", "") if e.headers else "", body)
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            raise StoreError(_timeout_message(what, url, timeout)) from e
        raise StoreError(
            f"cannot reach {what} at {redact(url)}: {e.reason}; "
            "check the URL and that the store is running"
        ) from e
    except TimeoutError as e:
        raise StoreError(_timeout_message(what, url, timeout)) from e
    except OSError as e:  # a connection reset half-way through the answer
        raise StoreError(f"lost the connection to {what} at {redact(url)}: {e}") from e


def refusal(what: str, method: str, url: str, answer: HttpResponse) -> str:
    """A one-line message for an HTTP error answer: status and the body's first line."""
    return f"{what} refused {method} {redact(url)}: HTTP {answer.status}: {first_line(answer.body)}"


def _timeout_message(what: str, url: str, timeout: float | None) -> str:
    return (
        f"{what} at {redact(url)} did not answer within {timeout or 0:g} s; "
        "check that it is up, or allow more time with --timeout"
    )


def redact(url: str) -> str:
    """Drop a user:password written into the URL before it lands in a message."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=f"***@{host}"))


def read_output(output_dir: Path) -> Dataset:
    """The TriG dataset of a build: ``OUTPUT_DIR/graph.trig`` (or a .trig/.nq file itself)."""
    path = output_dir / "graph.trig" if output_dir.is_dir() else output_dir
    if not path.is_file():
        raise InputError(
            f"{path} does not exist; run `newsgraph build` first or point "
            "push at the folder it wrote"
        )
    fmt = {".trig": "trig", ".nq": "nquads"}.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"{path} is not a TriG or N-Quads file; push needs graph.trig "
            "(one named graph per article)"
        )
    dataset = Dataset()
    try:
        dataset.parse(path, format=fmt)
    except Exception as e:  # rdflib raises many kinds of parse errors
        message = " ".join(str(e).split())[:200]
        raise InputError(f"{path} is not valid {fmt.upper()}: {message}") from e
    return dataset


def graphs_of(dataset: Dataset) -> list[tuple[str, Graph]]:
    """The default graph ("") and every non-empty named graph, sorted by name."""
    graphs: list[tuple[str, Graph]] = []
    for graph in dataset.graphs():
        name = "" if graph.identifier == dataset.default_graph.identifier else str(graph.identifier)
        if name and not isinstance(graph.identifier, URIRef):
            continue  # a blank-node graph name cannot be addressed over the protocol
        if len(graph) or not name:
            graphs.append((name, graph))
    return sorted(graphs, key=lambda item: item[0])


def push(
    output_dir: Path,
    store: str,
    *,
    auth: str | None = None,
    token_env: str | None = None,
    timeout: float = 30.0,
) -> PushReport:
    """PUT every graph of a build's graph.trig into a Graph Store Protocol endpoint.

    Each named graph (one per article) replaces the store's graph of that name; the default
    graph (the ontology) replaces the store's default graph. Graphs the output does not hold
    are left alone, so several builds can share one store.
    """
    check_url(store)
    headers = {"Content-Type": f"{_NTRIPLES}; charset=utf-8", **auth_headers(auth, token_env)}
    dataset = read_output(output_dir)
    todo = [(name, graph) for name, graph in graphs_of(dataset) if name or len(graph)]
    pushed: list[PushedGraph] = []
    for name, graph in todo:
        target = with_query(
            store, "graph=" + urllib.parse.quote(name, safe="") if name else "default"
        )
        body = graph.serialize(format="nt", encoding="utf-8")
        try:
            answer = request("PUT", target, data=body, headers=headers, timeout=timeout)
        except StoreError as e:
            raise StoreError(f"{e}{_partial(pushed, todo)}") from e
        if answer.status not in _OK:
            raise StoreError(refusal("the store", "PUT", target, answer) + _partial(pushed, todo))
        log.info(
            "pushed %s (%d triples): HTTP %d", name or "default graph", len(graph), answer.status
        )
        pushed.append(PushedGraph(name, len(graph), answer.status))
    if not pushed:
        raise InputError(f"{output_dir} holds no triples to push")
    return PushReport(store, tuple(pushed))


def _partial(pushed: list[PushedGraph], todo: list[tuple[str, Graph]]) -> str:
    if not pushed:
        return ""
    return f" ({len(pushed)} of {len(todo)} graphs were pushed; push again once it is fixed)"
