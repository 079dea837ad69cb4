"""SPARQL 1.1 over an exported graph: rdflib, the embedded pyoxigraph store, or an endpoint.

Over a file, the default graph is the union of every graph in it, so a query written for
graph.ttl gives the same answer on graph.trig; ``GRAPH ?article { ... }`` still reaches the
per-article graphs of a TriG file. The usual prefixes (ng:, rdf:, rdfs:, skos:, prov:, ...)
are predeclared, so a one-line query needs no PREFIX lines.

Two engines run over files. pyoxigraph (an embedded store in Rust) is the default: in
benchmarks/query_engines.py it answered the example queries hundreds to thousands of times
faster than rdflib at every size measured, down to a single article (rdflib evaluates the
``rdfs:subPropertyOf*`` paths of those queries per triple, seconds even on 1,000 triples), and
loads files 5-20 times faster. So ``engine="auto"`` means pyoxigraph; ``engine="rdflib"``
stays for those who want rdflib's exact semantics. The two give the same answers except for
the spelling of numbers: pyoxigraph writes them in canonical form ("0.5" for "0.500").
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import re
import threading
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from .errors import InputError, QueryError, StoreError, UsageError
from .stores import StoreClient, check_url, first_line, login, refusal, with_query
from .vocabulary import ARTICLE, ENTITY, NG, NGP, PROV, SCHEMA, STATEMENT

log = logging.getLogger(__name__)

ENGINES = ("auto", "rdflib", "oxigraph")
FORMATS = ("table", "csv", "json")
#: table cells longer than this are cut with an ellipsis; csv and json are never cut
TABLE_CELL_WIDTH = 80

PREFIXES: dict[str, str] = {
    "ng": str(NG),
    "ngp": str(NGP),
    "id": str(ENTITY),
    "article": str(ARTICLE),
    "statement": str(STATEMENT),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
}

# suffix -> (rdflib parser name, pyoxigraph RdfFormat attribute)
_SYNTAXES: dict[str, tuple[str, str]] = {
    ".ttl": ("turtle", "TURTLE"),
    ".turtle": ("turtle", "TURTLE"),
    ".nt": ("nt", "N_TRIPLES"),
    ".ntriples": ("nt", "N_TRIPLES"),
    ".nq": ("nquads", "N_QUADS"),
    ".trig": ("trig", "TRIG"),
    ".jsonld": ("json-ld", "JSON_LD"),
    ".json": ("json-ld", "JSON_LD"),
    ".rdf": ("xml", "RDF_XML"),
    ".owl": ("xml", "RDF_XML"),
    ".xml": ("xml", "RDF_XML"),
}
_QUAD_SYNTAXES = ("TRIG", "N_QUADS")
_ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "application/n-triples;q=0.8, text/turtle;q=0.7, application/rdf+xml;q=0.5"
)
_GRAPH_TYPES = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}
_RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}


@dataclass(frozen=True, order=True)
class Term:
    """One RDF term of an answer, with what SPARQL's JSON results need to write it back."""

    value: str  # IRI, lexical form or blank node id
    kind: str = "literal"  # "uri", "literal", "bnode" or "triple"
    datatype: str = ""  # empty for plain and language-tagged strings
    lang: str = ""


@dataclass(frozen=True)
class QueryResult:
    """An answer: a table of strings for SELECT (and CONSTRUCT, as subject/predicate/object),
    a boolean for ASK, and the graph itself for CONSTRUCT and DESCRIBE.

    ``rows`` hold plain values ("" where a variable is unbound); ``terms`` hold the same cells
    with their kind, datatype and language (None where unbound).
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    boolean: bool | None = None
    graph: rdflib.Graph | None = field(default=None, compare=False)
    terms: tuple[tuple[Term | None, ...], ...] = ()


@dataclass(frozen=True)
class LoadedGraph:
    """A graph file parsed once, ready for many queries."""

    path: Path
    engine: str  # "rdflib" or "oxigraph"
    data: Any = field(compare=False)  # rdflib.Dataset or OxigraphFile
    statements: int = 0  # triples or quads read from the file


# ------------------------------------------------------------------ loading


def _syntax(path: Path) -> tuple[str, str]:
    syntax = _SYNTAXES.get(path.suffix.lower())
    if syntax is None:
        known = ", ".join(sorted({s for s in _SYNTAXES if s not in (".json", ".xml")}))
        raise InputError(f"cannot tell the RDF syntax of {path} from its name; use one of {known}")
    return syntax


def pick_engine(engine: str = "auto") -> str:
    """The engine "auto" stands for: pyoxigraph, faster at every size measured."""
    if engine not in ENGINES:
        raise UsageError(f"unknown query engine {engine!r}; choose {', '.join(ENGINES)}")
    return "oxigraph" if engine == "auto" else engine


def load_graph(graph_path: Path, *, engine: str = "auto") -> LoadedGraph:
    """Parse a graph file (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) for querying."""
    engine = pick_engine(engine)
    if not graph_path.is_file():
        raise InputError(
            f"{graph_path} does not exist; run `newsgraph build` first or give "
            "the path of graph.ttl, graph.nt, graph.jsonld or graph.trig"
        )
    rdflib_format, oxigraph_format = _syntax(graph_path)
    if engine == "oxigraph":
        store = OxigraphFile(graph_path, oxigraph_format)
        return LoadedGraph(graph_path, engine, store, store.statements)
    if rdflib_format == "json-ld":
        _refuse_remote_context(graph_path)
    dataset = rdflib.Dataset(default_union=True)
    try:
        dataset.parse(graph_path, format=rdflib_format)
    except OSError as e:
        raise InputError(f"cannot read {graph_path}: {_one_line(e)}") from e
    except Exception as e:  # rdflib's parsers raise many unrelated exception types
        raise InputError(f"{graph_path} is not valid {rdflib_format}: {_one_line(e)}") from e
    return LoadedGraph(graph_path, engine, dataset, len(dataset))


def _refuse_remote_context(path: Path) -> None:
    """rdflib fetches a JSON-LD @context (or @import) given by URL; refuse such a file, so
    reading a graph never reaches the network (pyoxigraph refuses them by itself)."""
    try:
        document = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return  # rdflib's parser reports it in its own words

    def remote(node: Any, in_context: bool = False) -> str | None:
        if isinstance(node, str):
            return node if in_context else None
        if isinstance(node, list):
            return next((r for r in (remote(n, in_context) for n in node) if r), None)
        if isinstance(node, dict):
            for key, value in node.items():
                found = remote(value, in_context=key in ("@context", "@import"))
                if found:
                    return found
        return None

    try:
        found = remote(document)
    except RecursionError:
        raise InputError(f"{path} nests its JSON too deeply to be read as a graph") from None
    if found:
        raise InputError(
            f"{path} takes its JSON-LD context from {found!r}, and reading a graph never "
            "fetches anything; put the context into the file"
        )


# ------------------------------------------------------------------ querying


def run_query(
    query: str,
    *,
    graph_path: Path | None = None,
    endpoint: str | None = None,
    engine: str = "auto",
    timeout: float = 30.0,
    auth: str | None = None,
    token_env: str | None = None,
) -> QueryResult:
    """Run a SPARQL 1.1 query over a graph file or a SPARQL protocol endpoint.

    ``timeout`` bounds the query (not the loading of the file); 0 or less means no limit.
    ``auth`` ("user:password") and ``token_env`` apply to endpoints only.
    """
    if (graph_path is None) == (endpoint is None):
        raise UsageError("query either a graph file or an --endpoint URL, not both or neither")
    if endpoint is not None:
        if engine not in ("auto", "endpoint"):
            raise UsageError(
                f"--engine {engine} runs over a file; an endpoint runs the query itself"
            )
        return query_endpoint(query, endpoint, timeout=timeout, auth=auth, token_env=token_env)
    assert graph_path is not None
    return query_graph(load_graph(graph_path, engine=engine), query, timeout=timeout)


class OxigraphFile:
    """A graph file in pyoxigraph, shaped for fast answers with set semantics.

    The default graph is the set union of every graph in the file. Oxigraph slows down
    15-20 times on default-graph patterns once named graphs sit in the same store (measured
    on 100k triples of TriG), and its own union default graph is a bag that counts a triple
    once per article. So a second store with the named graphs as well is built only when a
    query names graphs (GRAPH, FROM).
    """

    def __init__(self, path: Path, syntax: str) -> None:
        import pyoxigraph  # imported here so the rdflib path never pays for it

        self.path, self.syntax = path, syntax
        self.quads = syntax in _QUAD_SYNTAXES
        self.union = pyoxigraph.Store()
        self.statements = 0
        if self.quads:
            self.statements = self._fill(self.union, keep_graphs=False)
        else:
            self._load(lambda: self.union.bulk_load(path=str(path), format=self._format()))
            self.statements = len(self.union)
        self._full: Any = None

    def _format(self) -> Any:
        import pyoxigraph

        return getattr(pyoxigraph.RdfFormat, self.syntax)

    def _load(self, work: Callable[[], object]) -> None:
        try:
            work()
        except (SyntaxError, ValueError) as e:
            name = self.syntax.replace("_", "-")
            raise InputError(f"{self.path} is not valid {name}: {_one_line(e)}") from e
        except OSError as e:
            raise InputError(f"cannot read {self.path}: {_one_line(e)}") from e

    def _fill(self, store: Any, *, keep_graphs: bool) -> int:
        """Add the file's quads: every triple into the default graph, and (keep_graphs) into
        its own named graph too."""
        import pyoxigraph

        default = pyoxigraph.DefaultGraph()
        count = 0

        def quads() -> Iterator[Any]:
            nonlocal count
            for quad in pyoxigraph.parse(path=str(self.path), format=self._format()):
                count += 1
                if keep_graphs and not isinstance(quad.graph_name, pyoxigraph.DefaultGraph):
                    yield quad
                yield pyoxigraph.Quad(quad.subject, quad.predicate, quad.object, default)

        self._load(lambda: store.extend(quads()))
        return count

    def store_for(self, query: str) -> Any:
        """The store a query should run on: the named graphs only when it names graphs."""
        if not self.quads or not names_graphs(query):
            return self.union
        if self._full is None:
            import pyoxigraph

            full = pyoxigraph.Store()
            self._fill(full, keep_graphs=True)
            self._full = full
        return self._full


# ------------------------------------------------------------------ staying offline

# A SPARQL lexer just fine enough to tell keywords from strings, IRIs, comments and names:
# SERVICE inside "…", <…> or a comment, or as ?service or ex:service, is no keyword. A
# prefixed name takes the backslash escapes of PN_LOCAL (ex:a\#b is a name, not a comment).
# A comment ends at a carriage return as at a line feed, and a number takes its exponent
# (1e5SERVICE is a double and a keyword), as SPARQL's own tokens do.
_TOKEN = re.compile(
    r"""(?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|$)|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)
          |"(?:[^"\\\r\n]|\\.)*"?|'(?:[^'\\\r\n]|\\.)*'?)
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<comment>\#[^\r\n]*)
      | (?P<variable>[?$]\w+)
      | (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
      | (?P<name>(?:[^\W\d][\w.-]*)?:(?:[\w.:%-]|\\[_~.!$&'()*+,;=/?\#@%-])*)
      | (?P<word>[^\W\d]\w*)
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class _Scan:
    """What the lexer saw: the keywords and the FROM / FROM NAMED targets."""

    keywords: frozenset[str]
    sources: tuple[str, ...]  # prefixed names expanded


def _scan(query: str) -> _Scan:
    """The keywords and FROM targets of a query."""
    tokens = [
        (m.lastgroup or "", m.group())
        for m in _TOKEN.finditer(query)
        if m.lastgroup not in ("comment", "other")
    ]
    keywords = frozenset(text.upper() for kind, text in tokens if kind == "word")
    prefixes = dict(PREFIXES)
    sources: list[str] = []
    for i, (kind, text) in enumerate(tokens):
        upper = text.upper() if kind == "word" else ""
        following = tokens[i + 1 : i + 3]
        if upper == "PREFIX" and len(following) == 2 and following[1][0] == "iri":
            prefixes[following[0][1].rstrip(":")] = following[1][1][1:-1]
        elif upper == "FROM":
            if following and following[0][1].upper() == "NAMED":
                following = following[1:]
            target_kind, target = following[0] if following else ("", "(nothing)")
            if target_kind == "iri":
                sources.append(target[1:-1])
            elif target_kind == "name":
                prefix, _, local = target.partition(":")
                sources.append(prefixes.get(prefix, prefix + ":") + re.sub(r"\\(.)", r"\1", local))
            else:
                sources.append(target)
    return _Scan(keywords, tuple(sources))


def _scans(query: str) -> tuple[_Scan, ...]:
    """The query read as written and with its codepoint escapes (\\u0053) expanded, as
    SPARQL 1.1 has engines do first: a keyword seen either way counts, so no spelling
    hides one from the checks below."""
    expanded = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    return (_scan(query),) if expanded == query else (_scan(query), _scan(expanded))


def names_graphs(query: str) -> bool:
    """Whether the query uses GRAPH, FROM or FROM NAMED (so needs the named graphs)."""
    return any({"GRAPH", "FROM"} & scan.keywords for scan in _scans(query))


def check_offline(query: str, *, engine: str, graphs: Iterable[str] = ()) -> None:
    """Refuse a query over a local file that would reach the network: SERVICE always, and
    FROM / FROM NAMED unless it names a graph of the file (with pyoxigraph; rdflib would
    fetch every FROM IRI, so there no FROM at all)."""
    scans = _scans(query)
    if any("SERVICE" in scan.keywords for scan in scans):
        raise QueryError(
            "SERVICE is refused over a graph file: a query over a local graph never reaches "
            "the network; run it on a store with --endpoint URL if that store should call out"
        )
    sources = sorted({source for scan in scans for source in scan.sources})
    if not sources:
        return
    if engine == "rdflib":
        raise QueryError(
            f"FROM <{sources[0]}> is refused with --engine rdflib, which would fetch it, and "
            "a query over a local graph never reaches the network; write GRAPH <iri> { … } "
            "or use --engine oxigraph"
        )
    known = set(graphs)
    for source in sources:
        if source not in known:
            raise QueryError(
                f"FROM <{source}> names no graph of this file, and a query over a local "
                "graph never fetches one; name a graph it holds (GRAPH ?g lists them)"
            )


#: words only SPARQL Update uses: in a query's keywords they mean an update, never a read
_UPDATE_WORDS = frozenset(
    ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
)


def check_read_only(query: str) -> None:
    """Refuse an update before it is sent: `query` reads, and some stores (Virtuoso) run an
    update sent as a query."""
    words = sorted({word for scan in _scans(query) for word in scan.keywords & _UPDATE_WORDS})
    if words:
        raise QueryError(
            f"{words[0]} makes this an update, not a query; newsgraph query only reads "
            "(send updates with the store's own tools)"
        )


def query_graph(loaded: LoadedGraph, query: str, *, timeout: float = 30.0) -> QueryResult:
    """Run one query over a loaded graph, within ``timeout`` seconds (0: no limit)."""
    if not query.strip():
        raise QueryError("the query is empty; give a SPARQL query or --file Q.rq")
    if loaded.engine == "oxigraph":
        store = loaded.data.store_for(query)
        graphs = () if store is loaded.data.union else (g.value for g in store.named_graphs())
        check_offline(query, engine="oxigraph", graphs=graphs)
        return _with_timeout(lambda: _oxigraph_query(store, query), timeout)
    check_offline(query, engine="rdflib")
    prepared = _rdflib_prepare(query)
    return _with_timeout(
        lambda: _rdflib_query(loaded.data, prepared), timeout, hint=", or use --engine oxigraph"
    )


T = TypeVar("T")


def _with_timeout(work: Callable[[], T], timeout: float, *, hint: str = "") -> T:
    """Run work in a daemon thread and give up waiting after timeout seconds.

    Neither engine can be interrupted, so a query that times out keeps its thread busy until
    it ends; the caller gets its answer (an error) on time, and a CLI process exits anyway.
    """
    if timeout <= 0 or math.isinf(timeout):
        return work()
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except Exception as e:  # handed over to the calling thread below
            box["error"] = e

    worker = threading.Thread(target=target, name="newsgraph-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(
            f"the query ran longer than {timeout:g} s; allow more with --timeout"
            f" (0: no limit){hint}"
        )
    if "error" in box:
        raise box["error"]
    value: T = box["value"]
    return value


def _rdflib_prepare(query: str) -> Any:
    from rdflib.plugins.sparql import prepareQuery

    try:
        return prepareQuery(query, initNs=PREFIXES)
    except Exception as e:  # pyparsing errors and rdflib's own (unknown prefix, ...)
        raise QueryError(f"bad SPARQL query: {_one_line(e)}") from e


def _rdflib_query(dataset: rdflib.Dataset, prepared: Any) -> QueryResult:
    try:
        result = dataset.query(prepared)
        return _from_rdflib(result)
    except QueryError:
        raise
    except Exception as e:  # evaluation errors: unsupported function, bad SERVICE, ...
        raise QueryError(f"the query failed: {_one_line(e)}") from e


def _from_rdflib(result: Any) -> QueryResult:
    if result.type == "ASK":
        return QueryResult((), (), boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = rdflib.Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in result.graph or ():
            graph.add(triple)
        return _graph_result(graph)
    columns = tuple(str(v) for v in result.vars or ())
    terms = tuple(tuple(_rdflib_term(row[i]) for i in range(len(columns))) for row in result)
    return _table(columns, terms)


def _rdflib_term(node: Any) -> Term | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        return Term(str(node), "uri")
    if isinstance(node, BNode):
        return Term(str(node), "bnode")
    if isinstance(node, Literal):
        datatype = (
            "" if node.datatype in (None, XSD.string) or node.language else str(node.datatype)
        )
        return Term(str(node), "literal", datatype, node.language or "")
    return Term(str(node), "literal")


def _oxigraph_query(store: Any, query: str) -> QueryResult:
    import pyoxigraph

    try:
        answer = store.query(query, prefixes=PREFIXES)
    except SyntaxError as e:
        raise QueryError(f"bad SPARQL query: {_one_line(e)}") from e
    except (OSError, ValueError, RuntimeError) as e:
        raise QueryError(f"the query failed: {_one_line(e)}") from e
    try:
        if isinstance(answer, pyoxigraph.QueryBoolean):
            return QueryResult((), (), boolean=bool(answer))
        if isinstance(answer, pyoxigraph.QueryTriples):
            graph = rdflib.Graph()
            for prefix, namespace in PREFIXES.items():
                graph.bind(prefix, namespace)
            for triple in answer:
                graph.add(
                    (
                        _to_rdflib(triple.subject),
                        _to_rdflib(triple.predicate),
                        _to_rdflib(triple.object),
                    )
                )
            return _graph_result(graph)
        columns = tuple(v.value for v in answer.variables)
        terms = tuple(
            tuple(_oxigraph_term(solution[i]) for i in range(len(columns))) for solution in answer
        )
    except (OSError, ValueError, RuntimeError) as e:  # errors raised while iterating
        raise QueryError(f"the query failed: {_one_line(e)}") from e
    return _table(columns, terms)


def _oxigraph_term(node: Any) -> Term | None:
    import pyoxigraph

    if node is None:
        return None
    if isinstance(node, pyoxigraph.NamedNode):
        return Term(node.value, "uri")
    if isinstance(node, pyoxigraph.BlankNode):
        return Term(node.value, "bnode")
    if isinstance(node, pyoxigraph.Literal):
        datatype = node.datatype.value
        if node.language or datatype == str(XSD.string):
            datatype = ""
        return Term(node.value, "literal", datatype, node.language or "")
    return Term(str(node), "triple")


def _to_rdflib(node: Any) -> Any:
    term = _oxigraph_term(node)
    assert term is not None
    if term.kind == "uri":
        return URIRef(term.value)
    if term.kind == "bnode":
        return BNode(term.value)
    return Literal(
        term.value,
        lang=term.lang or None,
        datatype=URIRef(term.datatype) if term.datatype else None,
    )


def _table(columns: tuple[str, ...], terms: Iterable[Sequence[Term | None]]) -> QueryResult:
    cells = tuple(tuple(terms_row) for terms_row in terms)
    rows = tuple(tuple("" if t is None else t.value for t in row) for row in cells)
    return QueryResult(columns, rows, terms=cells)


def _graph_result(graph: rdflib.Graph) -> QueryResult:
    """A CONSTRUCT/DESCRIBE answer, also as a subject/predicate/object table, sorted."""
    cells = sorted(tuple(_rdflib_term(node) for node in triple) for triple in graph)
    result = _table(("subject", "predicate", "object"), cells)
    return QueryResult(result.columns, result.rows, graph=graph, terms=result.terms)


# ------------------------------------------------------------------ endpoints


def query_endpoint(
    query: str,
    endpoint: str,
    *,
    timeout: float = 30.0,
    auth: str | None = None,
    token_env: str | None = None,
) -> QueryResult:
    """Send a query to a SPARQL 1.1 protocol endpoint, and to nowhere else.

    A short query goes as GET ?query=…, a long one as a form-encoded POST: the two ways
    every store takes (Virtuoso 7 does not answer a POST of application/sparql-query). The
    store answers in the format it prefers among the accepted ones; a 400 is a bad query
    (QueryError), anything else that fails is the store's problem (StoreError).
    """
    check_url(endpoint)
    if not query.strip():
        raise QueryError("the query is empty; give a SPARQL query or --file Q.rq")
    check_read_only(query)
    credentials = login(auth, token_env)
    prologue = _prologue(query)
    form = urllib.parse.urlencode({"query": prologue + query})
    method = "GET" if len(form) <= _GET_LIMIT else "POST"
    headers = {"Accept": _ACCEPT}
    if method == "POST":
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    with StoreClient(
        endpoint, credentials=credentials, timeout=timeout, what="the SPARQL endpoint"
    ) as client:
        answer = client.send(
            method,
            with_query(endpoint, form) if method == "GET" else endpoint,
            data=form.encode("ascii") if method == "POST" else None,
            headers=headers,
        )
    if answer.status == 400:
        message = _unshift(first_line(answer.body), len(prologue))
        raise QueryError(f"the endpoint rejected the query: {message}")
    if answer.status >= 300:
        raise StoreError(refusal("the SPARQL endpoint", method, endpoint, answer))
    media = answer.content_type.split(";", 1)[0].strip().lower()
    try:
        if media in _RESULT_TYPES:
            result = rdflib.query.Result.parse(io.BytesIO(answer.body), format=_RESULT_TYPES[media])
            return _ask_answer(_from_rdflib(result), query)
        if media in _GRAPH_TYPES:
            graph = rdflib.Graph()
            graph.parse(data=answer.body, format=_GRAPH_TYPES[media])
            for prefix, namespace in PREFIXES.items():
                graph.bind(prefix, namespace)
            return _graph_result(graph)
    except Exception as e:  # a truncated or malformed answer
        raise StoreError(f"cannot read the endpoint's {media} answer: {_one_line(e)}") from e
    raise StoreError(
        f"the endpoint answered in {media or 'an unnamed format'}, which is not "
        "a SPARQL result or RDF format; is the URL its query endpoint?"
    )


def _ask_answer(result: QueryResult, query: str) -> QueryResult:
    """Virtuoso 7 answers ASK with a one-cell table (?__ASK_RETVAL, 1 or 0), not a boolean:
    give it the boolean every other store and a file give."""
    if result.columns != ("__ASK_RETVAL",) or len(result.rows) != 1:
        return result
    if not any("ASK" in scan.keywords for scan in _scans(query)):
        return result
    return QueryResult((), (), boolean=result.rows[0][0].strip().lower() not in ("0", "false"))


#: the longest form-encoded query sent as GET; longer ones are POSTed (URL length limits)
_GET_LIMIT = 2000


def _prologue(query: str) -> str:
    """PREFIX declarations for the predeclared prefixes the query uses and does not declare,
    on one line with no line break, so the store's line numbers are the user's."""
    declared = set(re.findall(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", query))
    return "".join(
        f"PREFIX {p}: <{ns}> "
        for p, ns in PREFIXES.items()
        if p not in declared and re.search(rf"(?<![\w.:-]){re.escape(p)}:", query)
    )


def _unshift(message: str, shift: int) -> str:
    """A store's error message with line 1's columns as the user wrote it, before the
    prologue: Oxigraph says "error at 1:27", Jena "line 1, column 27" (Virtuoso gives
    lines only, which the one-line prologue leaves right)."""
    if not shift:
        return message

    def back(match: re.Match[str]) -> str:
        column = int(match.group(2))
        return f"{match.group(1)}{column - shift}" if column > shift else match.group(0)

    message = re.sub(r"(?<![\d:.])(1:)(\d+)", back, message)
    return re.sub(r"(?i)(line 1, column )(\d+)", back, message)


# ------------------------------------------------------------------ formatting


def format_result(result: QueryResult, fmt: str) -> str:
    """Write an answer as an aligned text table, CSV or SPARQL 1.1 JSON results."""
    if fmt == "table":
        return _format_table(result)
    if fmt == "csv":
        return _format_csv(result)
    if fmt == "json":
        return _format_json(result)
    raise UsageError(f"unknown result format {fmt!r}; choose {', '.join(FORMATS)}")


def _cells(result: QueryResult) -> tuple[tuple[Term | None, ...], ...]:
    if result.terms or not result.rows:
        return result.terms
    # a QueryResult built by hand, without terms: every cell is a plain literal
    return tuple(tuple(Term(v) if v else None for v in row) for row in result.rows)


def shorten(iri: str) -> str:
    """An IRI written with the predeclared prefix that fits best, e.g. ng:attacks."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(PREFIXES.get(best, "")):
            local = iri[len(namespace) :]
            if local and all(c.isalnum() or c in "-_./" for c in local):
                best = prefix
    return f"{best}:{iri[len(PREFIXES[best]) :]}" if best else f"<{iri}>"


def _display(term: Term | None) -> str:
    if term is None:
        return ""
    if term.kind == "uri":
        text = shorten(term.value)
    elif term.kind == "bnode":
        text = f"_:{term.value}"
    else:
        text = term.value
    text = " ".join(text.split())
    return text if len(text) <= TABLE_CELL_WIDTH else text[: TABLE_CELL_WIDTH - 1] + "…"


def _format_table(result: QueryResult) -> str:
    if result.boolean is not None:
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.columns)
    body = [[_display(term) for term in row] for row in _cells(result)]
    widths = [max([len(h), *(len(row[i]) for row in body)]) for i, h in enumerate(header)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    lines = [line(header), line(["-" * w for w in widths]), *(line(row) for row in body)]
    count = len(body)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV results: plain values, blank nodes as _:id, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out)
    if result.boolean is not None:
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return out.getvalue()
    writer.writerow(result.columns)
    for row in _cells(result):
        writer.writerow(
            ["" if t is None else f"_:{t.value}" if t.kind == "bnode" else t.value for t in row]
        )
    return out.getvalue()


def _json_term(term: Term) -> dict[str, str]:
    if term.kind in ("uri", "bnode", "triple"):
        return {"type": term.kind if term.kind != "triple" else "literal", "value": term.value}
    value = {"type": "literal", "value": term.value}
    if term.lang:
        value["xml:lang"] = term.lang
    elif term.datatype:
        value["datatype"] = term.datatype
    return value


def _format_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON; a graph answer as subject/predicate/object bindings."""
    document: dict[str, Any]
    if result.boolean is not None:
        document = {"head": {}, "boolean": result.boolean}
    else:
        bindings = [
            {
                column: _json_term(term)
                for column, term in zip(result.columns, row, strict=True)
                if term is not None
            }
            for row in _cells(result)
        ]
        document = {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _one_line(error: BaseException) -> str:
    """A parser's message condensed to one line, short enough for a terminal."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:299] + "…"
