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
import itertools
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError, StoreError, UsageError

log = logging.getLogger(__name__)

#: what ``push`` sends: N-Triples is line-based, needs no prefixes and every store reads it
_NTRIPLES = "application/n-triples"
_OK = (200, 201, 204)
_QUAD_SYNTAXES = {".trig": "TRIG", ".nq": "N_QUADS"}


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


def trig_path(output_dir: Path) -> Path:
    """``OUTPUT_DIR/graph.trig``, or a .trig/.nq file given directly."""
    path = output_dir / "graph.trig" if output_dir.is_dir() else output_dir
    if not path.is_file():
        raise InputError(
            f"{path} does not exist; run `newsgraph build` first or point "
            "push at the folder it wrote"
        )
    if path.suffix.lower() not in _QUAD_SYNTAXES:
        raise InputError(
            f"{path} is not a TriG or N-Quads file; push needs graph.trig "
            "(one named graph per article)"
        )
    return path


def _quads(path: Path) -> Iterator[Any]:
    """Stream the quads of a TriG or N-Quads file, parse errors as one-line InputErrors.

    pyoxigraph's parser keeps every literal exactly as written (its store would not: it
    writes numbers in canonical form), and streams, so a corpus never sits in memory whole.
    """
    import pyoxigraph

    fmt = getattr(pyoxigraph.RdfFormat, _QUAD_SYNTAXES[path.suffix.lower()])
    try:
        yield from pyoxigraph.parse(path=str(path), format=fmt)
    except SyntaxError as e:
        message = " ".join(str(e).split())[:200]
        raise InputError(f"{path} is not valid {fmt.name}: {message}") from e
    except OSError as e:
        raise InputError(f"cannot read {path}: {e}") from e


def _graph_name(quad: Any) -> str | None:
    """ "" for the default graph, the IRI of a named graph, None for a blank-node graph."""
    import pyoxigraph

    name = quad.graph_name
    if isinstance(name, pyoxigraph.DefaultGraph):
        return ""
    if isinstance(name, pyoxigraph.NamedNode):
        return str(name.value)
    return None  # a blank-node graph name cannot be addressed over the protocol


def read_graphs(output_dir: Path) -> Iterator[tuple[str, bytes, int]]:
    """Each graph of a build's TriG as (name, N-Triples body, triple count), in file order.

    ``newsgraph build`` writes each graph as one block, so graphs are streamed one at a time.
    A file that splits a graph into several blocks is grouped in memory instead.
    """
    import pyoxigraph

    path = trig_path(output_dir)
    finished: set[str] = set()
    current: str | None = None
    contiguous = True
    for quad in _quads(path):  # first pass: is every graph one block?
        name = _graph_name(quad)
        if name != current:
            if name in finished:
                contiguous = False
                break
            if current is not None:
                finished.add(current)
            current = name
    groups: Iterable[tuple[str | None, list[Any]]]
    if contiguous:
        groups = (
            (name, [q.triple for q in quads])
            for name, quads in itertools.groupby(_quads(path), key=_graph_name)
        )
    else:
        grouped: dict[str | None, list[Any]] = {}
        for quad in _quads(path):
            grouped.setdefault(_graph_name(quad), []).append(quad.triple)
        groups = sorted(grouped.items(), key=lambda item: item[0] or "")
    for name, triples in groups:
        if name is None or not triples:
            continue
        body = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
        yield name, body, len(triples)


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
    path = trig_path(output_dir)
    pushed: list[PushedGraph] = []
    for name, body, triples in read_graphs(path):
        target = with_query(
            store, "graph=" + urllib.parse.quote(name, safe="") if name else "default"
        )
        try:
            answer = request("PUT", target, data=body, headers=headers, timeout=timeout)
        except StoreError as e:
            raise StoreError(f"{e}{_partial(pushed)}") from e
        if answer.status not in _OK:
            raise StoreError(refusal("the store", "PUT", target, answer) + _partial(pushed))
        log.info("pushed %s (%d triples): HTTP %d", name or "default graph", triples, answer.status)
        pushed.append(PushedGraph(name, triples, answer.status))
    if not pushed:
        raise InputError(f"{path} holds no triples to push")
    return PushReport(store, tuple(pushed))


def _partial(pushed: list[PushedGraph]) -> str:
    if not pushed:
        return ""
    return (
        f" ({len(pushed)} graph(s) were pushed before it; push again once it is fixed: "
        "every PUT replaces, so nothing is doubled)"
    )
