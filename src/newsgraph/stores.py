"""Talking to graph stores over HTTP, and loading a build into one (Graph Store Protocol).

One named graph per article is PUT to ``STORE?graph=<article IRI>``, which replaces whatever
the store held under that name, so pushing the same output twice leaves the store unchanged
and pushing a rebuilt article replaces its old statements. The ontology (the TriG default
graph) goes to ``STORE?default``, or to a named graph for stores whose endpoint has no
default graph (Virtuoso). Any store that speaks the protocol works: Oxigraph (``/store``),
Virtuoso (``/sparql-graph-crud-auth``), Apache Jena Fuseki (``/DATASET/data``), GraphDB
(``/repositories/REPO/rdf-graphs/service``); see docs/stores.md.

HTTP goes through httpx (Digest auth, proxies from the environment, connection reuse), held
to three promises of our own in StoreClient, each tested on loopback servers:

- credentials go only to the origin (scheme, host, port) the user named: the first request
  goes without them, the server's 401 challenge picks Digest or Basic, and a redirect to
  another origin is followed without them (a PUT is never turned into a GET);
- ``timeout`` bounds the whole request, not each read: a store that trickles its answer is
  cut off when the time is up (its sockets are shut down from a timer thread);
- every failure is one line (StoreError) with the URL's password left out.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import socket
import threading
import urllib.parse
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from .errors import InputError, StoreError, UsageError

log = logging.getLogger(__name__)

#: what ``push`` sends: N-Triples is line-based, needs no prefixes and every store reads it
_NTRIPLES = "application/n-triples"
_OK = (200, 201, 204)
_QUAD_SYNTAXES = {".trig": "TRIG", ".nq": "N_QUADS"}
_MAX_REDIRECTS = 5
#: a Digest challenge in a WWW-Authenticate header, which may hold several challenges
_DIGEST = re.compile(r"(?:^|,)\s*digest\s", re.IGNORECASE)
_BASIC = re.compile(r"(?:^|,)\s*basic(?:\s|$)", re.IGNORECASE)
#: a quoted string in a challenge (a realm may say "digest" or "basic")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
#: the environment variable ``--user USER`` takes the password from (else a prompt)
PASSWORD_ENV = "NEWSGRAPH_PASSWORD"


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
    default_as: str = ""  # the named graph the default graph went to, if not the default

    @property
    def triples(self) -> int:
        return sum(graph.triples for graph in self.graphs)

    @property
    def named_graphs(self) -> int:
        return sum(1 for graph in self.graphs if graph.name and graph.name != self.default_as)


@dataclass(frozen=True)
class Login:
    """Who the store should take us for: a user and password (Digest or Basic, as the
    server's challenge asks) or a bearer token. Never printed: repr hides the secrets."""

    user: str = ""
    password: str = field(default="", repr=False)
    token: str = field(default="", repr=False)


def login(auth: str | None = None, token_env: str | None = None) -> Login | None:
    """The Login for ``user:password`` or the bearer token held in the variable token_env.

    The token is read from the environment variable *named* by token_env, so it never
    appears on a command line or in a shell history.

    >>> login("ana:secret").user
    'ana'
    >>> login() is None
    True
    """
    if auth and token_env:
        raise UsageError("give either a user (--user) or a token variable (--token-env), not both")
    if auth:
        user, colon, password = auth.partition(":")
        if not colon or not user:
            raise UsageError(
                "write the user as USER:PASSWORD, or give --user USER and the password in "
                f"{PASSWORD_ENV} or at the prompt"
            )
        return Login(user, password)
    if token_env:
        token = os.environ.get(token_env, "").strip()
        if not token:
            raise UsageError(
                f"the environment variable {token_env} holding the store's token "
                "is not set or empty; export it first"
            )
        return Login(token=token)
    return None


def check_url(url: str) -> str:
    """Refuse anything but an absolute http(s) URL, before any request is made."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as e:  # e.g. http://[::1/ (not shown: it may hold a password)
        raise UsageError(
            f"the URL is not valid ({e}); write it like http://localhost:7878/store"
        ) from e
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(
            f"{url!r} is not an http(s) URL; write it like http://localhost:7878/store"
        )
    try:
        parts.port  # noqa: B018 (raises on a port that is not a number)
    except ValueError as e:
        raise UsageError(f"{redact(url)!r} has a bad port: {e}") from e
    return url


def with_query(url: str, params: str) -> str:
    """Append query parameters to a URL that may already have some."""
    return f"{url}{'&' if urllib.parse.urlsplit(url).query else '?'}{params}"


def first_line(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    return text.splitlines()[0].strip()[:200] if text else "(empty body)"


def origin(url: str | httpx.URL) -> tuple[str, str, int]:
    """(scheme, host, port): where credentials may go."""
    parts = urllib.parse.urlsplit(str(url))
    default = 443 if parts.scheme == "https" else 80
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port or default


class _Challenged(httpx.Auth):
    """User and password sent the way the server's 401 challenge asks: Digest if it offers
    Digest, else Basic. The first request goes without them; the choice is then kept."""

    def __init__(self, user: str, password: str) -> None:
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._chosen: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._chosen is not None:
            yield from self._chosen.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        challenges = response.headers.get_list("www-authenticate")
        # a quoted realm may hold any word: look for schemes with quoted strings blanked out
        masked = [
            _QUOTED.sub(lambda m: '"' + "x" * (len(m.group()) - 2) + '"', h) for h in challenges
        ]
        found = [m for h in masked if (m := _DIGEST.search(h))]
        unanswered = ""
        if found:
            # DigestAuth's own flow sends once without credentials and answers the 401 it
            # gets: hand it the 401 in hand instead of asking again, with the Digest
            # challenge alone (one header may hold several, Basic first)
            header = challenges[masked.index(found[0].string)]
            digest = header[found[0].start() :].lstrip(", \t")
            challenge = httpx.Response(401, headers={"WWW-Authenticate": digest}, request=request)
            flow = self._digest.auth_flow(request)
            next(flow)
            try:
                authorised = flow.send(challenge)
            except StopIteration:
                unanswered = "Digest"
            except (KeyError, NotImplementedError, httpx.ProtocolError) as e:
                # an algorithm or qop httpx does not speak (SHA-512-256, auth-int)
                unanswered = f"Digest ({_reason(e)})"
            else:
                self._chosen = self._digest
                answer = yield authorised
                try:
                    flow.send(answer)
                except StopIteration:
                    pass
                return
        if challenges and not any(_BASIC.search(h) for h in masked):
            # the server asked for a scheme we cannot answer: the password goes nowhere
            asked = unanswered or challenges[0].split(None, 1)[0][:40]
            raise StoreError(
                f"the server at {redact(str(request.url))} asks for {asked} login, which "
                "newsgraph cannot answer (it speaks Digest MD5/SHA-256/SHA-512, Basic and "
                "bearer tokens); no password was sent"
            )
        self._chosen = self._basic
        yield from self._basic.auth_flow(request)


class _Sockets:
    """The sockets a client opened (seen through httpcore's trace hook), so that a deadline
    can shut them down: a blocked read or write then returns at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self.expired = False

    def trace(self, event: str, info: Mapping[str, Any]) -> None:
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            self._open = [s for s in self._open if s.fileno() != -1] + [sock]
            if self.expired:
                _shut(sock)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._open:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:  # the plain socket's shutdown, also for a TLS socket: it wakes a blocked recv/send
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


class StoreClient:
    """One conversation with a store or endpoint: connections are reused, the Digest or
    Basic choice is made once, credentials go only to the origin of ``url``, and each
    request ends within ``timeout`` seconds (None: no limit).
    """

    def __init__(
        self,
        url: str,
        *,
        credentials: Login | None = None,
        timeout: float | None = 30.0,
        what: str = "the store",
    ) -> None:
        check_url(url)
        parts = urllib.parse.urlsplit(url)
        if credentials is None and parts.username is not None:  # http://user:pw@host/...
            credentials = Login(
                urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")
            )
        self.what = what
        self._origin = origin(url)
        self._token = credentials.token if credentials else ""
        self._auth = (
            _Challenged(credentials.user, credentials.password)
            if credentials and credentials.user
            else None
        )
        self._timeout = timeout if timeout and timeout > 0 else None
        self._sockets = _Sockets()
        self._client = httpx.Client(timeout=httpx.Timeout(self._timeout), follow_redirects=False)

    def __enter__(self) -> StoreClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def send(
        self,
        method: str,
        url: str,
        *,
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        """Send one request and return the answer, whatever its status.

        Only failures to get an answer (refused connection, unknown host, time up, a
        redirect that cannot be followed) raise, as a one-line StoreError; the callers
        decide what a 4xx or 5xx means.
        """
        self._sockets.expired = False
        timer = None
        if self._timeout is not None:
            timer = threading.Timer(self._timeout, self._sockets.expire)
            timer.daemon = True
            timer.start()
        try:
            return self._follow(method, _strip_userinfo(url), data, headers or {})
        except httpx.TimeoutException as e:
            raise StoreError(self._late(url)) from e
        except (httpx.HTTPError, OSError) as e:
            if self._sockets.expired:
                raise StoreError(self._late(url)) from e
            if isinstance(e, httpx.ConnectError):
                raise StoreError(
                    f"cannot reach {self.what} at {redact(url)}: {_reason(e)}; "
                    "check the URL and that the store is running"
                ) from e
            raise StoreError(
                f"lost the connection to {self.what} at {redact(url)}: {_reason(e)}"
            ) from e
        finally:
            if timer is not None:
                timer.cancel()

    def _follow(
        self, method: str, url: str, data: bytes | None, headers: Mapping[str, str]
    ) -> HttpResponse:
        request = self._client.build_request(
            method, url, content=data, headers=dict(headers),
            extensions={"trace": self._sockets.trace},
        )  # fmt: skip
        left = False  # once elsewhere, a redirect back is the other origin's request
        for _ in range(_MAX_REDIRECTS + 1):
            left = left or origin(request.url) != self._origin
            ours = not left
            if ours and self._token:
                request.headers["Authorization"] = f"Bearer {self._token}"
            elif not ours:  # nor a session cookie: cookies ignore ports
                request.headers.pop("Authorization", None)
                request.headers.pop("Cookie", None)
            response = self._client.send(request, auth=self._auth if ours else None, stream=True)
            try:
                body = response.read()
            finally:
                response.close()
            following = response.next_request if response.is_redirect else None
            if following is None:
                return HttpResponse(
                    response.status_code, response.headers.get("content-type", ""), body
                )
            if following.method != request.method and request.method not in ("GET", "POST"):
                raise StoreError(
                    f"{self.what} answered {request.method} {redact(str(request.url))} with "
                    f"HTTP {response.status_code} to {redact(str(following.url))}, which "
                    f"would turn the {request.method} into a {following.method}; give the "
                    "store's own URL instead"
                )
            if origin(following.url) != self._origin:
                following.headers.pop("Authorization", None)
                log.warning(
                    "%s redirected to another origin, %s; following it without credentials",
                    self.what,
                    redact(str(following.url)),
                )
            request = following
        raise StoreError(
            f"{self.what} at {redact(url)} redirected more than {_MAX_REDIRECTS} times; "
            "give the URL it finally answers at"
        )

    def _late(self, url: str) -> str:
        return (
            f"{self.what} at {redact(url)} did not answer within {self._timeout or 0:g} s; "
            "check that it is up, or allow more time with --timeout"
        )


def _strip_userinfo(url: str) -> str:
    """The URL without user:password (the StoreClient took them as credentials)."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:200]


def refusal(what: str, method: str, url: str, answer: HttpResponse) -> str:
    """A one-line message for an HTTP error answer: status, the body's first line, and
    what to do when the status says it (a login the store wants or refused)."""
    hint = _STATUS_HINTS.get(answer.status, "")
    return (f"{what} refused {method} {redact(url)}: HTTP {answer.status}: "
            f"{first_line(answer.body)}{hint}")


_STATUS_HINTS = {
    401: " (the store wants a login, or refused the one given: check --user and the "
         "password in NEWSGRAPH_PASSWORD)",
    403: " (the user has no right to do this on the store)",
}


def redact(url: str) -> str:
    """Drop a user:password written into the URL before it lands in a message."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]))


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
    default_graph: str | None = None,
) -> PushReport:
    """PUT every graph of a build's graph.trig into a Graph Store Protocol endpoint.

    Each named graph (one per article) replaces the store's graph of that name; the default
    graph (the ontology) replaces the store's default graph, or the named graph
    ``default_graph`` for stores whose endpoint has no default graph (Virtuoso). Graphs the
    output does not hold are left alone, so several builds can share one store.
    """
    check_url(store)
    credentials = login(auth, token_env)
    if default_graph is not None:
        _check_graph_name(default_graph)
    headers = {"Content-Type": f"{_NTRIPLES}; charset=utf-8"}
    path = trig_path(output_dir)
    pushed: list[PushedGraph] = []
    with StoreClient(store, credentials=credentials, timeout=timeout) as client:
        for name, body, triples in read_graphs(path):
            name = name or default_graph or ""
            target = with_query(
                store, "graph=" + urllib.parse.quote(name, safe="") if name else "default"
            )
            try:
                answer = client.send("PUT", target, data=body, headers=headers)
            except StoreError as e:
                raise StoreError(f"{e}{_partial(pushed)}") from e
            if answer.status not in _OK:
                raise StoreError(refusal("the store", "PUT", target, answer) + _partial(pushed))
            log.info(
                "pushed %s (%d triples): HTTP %d", name or "default graph", triples, answer.status
            )
            pushed.append(PushedGraph(name, triples, answer.status))
    if not pushed:
        raise InputError(f"{path} holds no triples to push")
    return PushReport(store, tuple(pushed), default_graph or "")


def _check_graph_name(name: str) -> None:
    try:
        scheme = urllib.parse.urlsplit(name).scheme
    except ValueError:  # e.g. an unclosed [
        scheme = ""
    if not scheme or any(c in name for c in '<>" {}|\\^`') or not name.isprintable():
        raise UsageError(
            f"{name!r} is not an absolute IRI; name the graph for the ontology like "
            "https://w3id.org/newsgraph/ontology"
        )


def _partial(pushed: list[PushedGraph]) -> str:
    if not pushed:
        return ""
    return (
        f" ({len(pushed)} graph(s) were pushed before it; push again once it is fixed: "
        "every PUT replaces, so nothing is doubled)"
    )
