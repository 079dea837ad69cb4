"""A small build output of the newsgraph shape, for the query, store and Neo4j tests.

Two invented articles go through the real RDF stage (newsgraph.rdf), so the files have
exactly the layout `newsgraph build` writes: the ontology in the default graph, one named
graph per article with its article node, entities, direct triples and rdf:Statement nodes.
One statement is negated (described, not asserted); one predicate is minted (ngp:).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from builders import relation, resolved_article
from rdflib import Dataset, Graph

from newsgraph.models import Entity, ResolvedArticle
from newsgraph.rdf import article_iri, build_dataset, serialize_dataset

NORTHLAND = Entity("country/northland", "Northland", "Country", ("Northlanders",))
RIVER_FRONT = Entity(
    "armed-group/river-front", "River Front", "ArmedGroup", ("RF", 'the "Front"', "the front")
)
MAYOR = Entity("person/ada-quill", "Ada Quill", "Person", ("Mayor Quill", "Quill"))
DEPOTS = Entity("thing/fuel-depots", "fuel depots", "Thing", (), is_actor=False)
HARBOUR = Entity("location/grey-harbour", "Grey Harbour", "Location", (), is_actor=False)


def _key(entity: Entity, words: str) -> tuple[str, str]:
    return words, entity.key


def articles() -> list[ResolvedArticle]:
    s1 = "River Front fighters attacked fuel depots near Grey Harbour."
    s2 = "Northland backed Mayor Quill."
    s3 = 'Quill did not oppose the "Front"; \\ she said.'
    s4 = "The front hit the depots again."
    s5 = "Mayor Quill waved at envoys in\nGrey Harbour."
    first = resolved_article(
        " ".join([s1, s2, s3]),
        [RIVER_FRONT, DEPOTS, NORTHLAND, MAYOR],
        [
            relation(s1, _key(RIVER_FRONT, "River Front"), "attack", _key(DEPOTS, "fuel depots")),
            relation(s2, _key(NORTHLAND, "Northland"), "back", _key(MAYOR, "Mayor Quill")),
            relation(
                s3, _key(MAYOR, "Quill"), "oppose", _key(RIVER_FRONT, '"Front"'), negated=True
            ),
        ],
        title="Militants strike depots",
        date="2024-03-01",
        publisher="The Harbour Post",
    )
    second = resolved_article(
        " ".join([s4, s5]),
        [RIVER_FRONT, DEPOTS, MAYOR, HARBOUR],
        [
            relation(s4, _key(RIVER_FRONT, "The front"), "hit", _key(DEPOTS, "the depots")),
            relation(s5, _key(MAYOR, "Mayor Quill"), "wave at", _key(HARBOUR, "Grey Harbour")),
        ],
        title="Harbour talks",
        date="2024-03-02",
    )
    return [first, second]


def dataset() -> Dataset:
    return build_dataset(articles())


def article_names() -> list[str]:
    return sorted(str(article_iri(a.article)) for a in articles())


def union(data: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def write_output(folder: Path, data: Dataset | None = None) -> Path:
    """Write graph.trig, graph.ttl, graph.nt and graph.jsonld as `newsgraph build` does."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in serialize_dataset(data if data is not None else dataset()).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def oxigraph_binary() -> str:
    """The server the `oxigraph` package installs next to this Python, or one on PATH."""
    beside_python = Path(sys.executable).parent / "oxigraph"
    found = str(beside_python) if beside_python.exists() else shutil.which("oxigraph")
    assert found, "install the test extra: pip install -e '.[test]' (it ships oxigraph)"
    return found


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    """The command's stderr, which must be one `newsgraph: error:` line."""
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("newsgraph: error: "), err
    return err


@contextmanager
def serving(process: subprocess.Popen[bytes], probe: str, *, start_seconds: float,
            stop_seconds: float, failure: Callable[[], str]) -> Iterator[None]:
    """Wait until a server just started answers `probe`; stop it when the block ends."""
    try:
        deadline = time.monotonic() + start_seconds
        while True:
            try:
                with urllib.request.urlopen(probe, timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(failure()) from None
                time.sleep(0.1)
        yield
    finally:
        process.terminate()
        try:
            process.wait(stop_seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """Run `oxigraph serve` on a free loopback port until the block ends; yield its URL."""
    port = free_port()
    with (location / "oxigraph.log").open("wb") as log:
        process = subprocess.Popen(
            [
                oxigraph_binary(),
                "serve",
                "--location",
                str(location / "db"),
                "--bind",
                f"127.0.0.1:{port}",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        with serving(process, base + "/query?query=ASK%7B%7D", start_seconds=30,
                     stop_seconds=10, failure=lambda: "the oxigraph server did not start"):
            yield base


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def virtuoso_binary() -> str:
    """Debian's Virtuoso Open Source 7 server (package virtuoso-opensource)."""
    found = shutil.which("virtuoso-t")
    assert found, "install Debian's virtuoso-opensource package (scripts/test.sh does)"
    return found


@contextmanager
def virtuoso_server(location: Path) -> Iterator[str]:
    """Run a fresh Virtuoso (its own database folder, loopback ports) until the block ends;
    yield its HTTP base URL. The new database's administrator is dba, password dba."""
    db = location / "db"
    db.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    ini = location / "virtuoso.ini"
    ini.write_text(
        VIRTUOSO_INI.format(db=db, sql_port=sql_port, http_port=http_port), encoding="utf-8"
    )
    with (location / "virtuoso.out").open("wb") as log:
        process = subprocess.Popen(
            [virtuoso_binary(), "+foreground", "+configfile", str(ini)],
            cwd=db,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{http_port}"
        with serving(process, base + "/sparql?query=ASK%7B%7D", start_seconds=60,
                     stop_seconds=20, failure=lambda: "virtuoso did not start: "
                     + (db / "virtuoso.log").read_text()[-500:]):
            yield base
