"""The command line: parse options, call the library, turn its errors into one line.

Only this module prints. Every NewsgraphError becomes `newsgraph: error: …` on
stderr and exit code 2; nothing else the user does should show a traceback.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import signal
import sys
import threading
import time
import typing
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import InputError, NewsgraphError, UsageError

EXIT_OK, EXIT_ERROR = 0, 2
log = logging.getLogger("newsgraph")


def _add_model_option(parser: argparse.ArgumentParser) -> None:
    from .parsing import DEFAULT_MODEL

    parser.add_argument(
        "--model",
        default=DEFAULT_MODEL,
        metavar="NAME",
        help=f"any installed spaCy pipeline with a parser and NER (default: {DEFAULT_MODEL})",
    )


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line and a pointer to --help (the full usage is in --help)."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}; see {self.prog} --help\n")


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsgraph",
        description="Turn news articles into a knowledge graph of who did what to whom.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each stage does")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    _add_build_command(commands)
    _add_extract_command(commands)
    _add_query_command(commands)
    _add_push_command(commands)
    _add_neo4j_command(commands)
    return parser


def _add_build_command(commands: argparse._SubParsersAction[_Parser]) -> None:
    build = commands.add_parser(
        "build",
        help="build RDF, the actor network and analytics from articles",
        description="Read articles (.txt, .html, .jsonl, folders, or - for stdin) and write "
        "graph.ttl, graph.nt, graph.jsonld, graph.trig, network.html, network.graphml and "
        "network.png into the output folder. Builds are incremental: articles analysed "
        "before are not parsed again, and new articles join those already in the output "
        "folder. In a folder or .jsonl corpus, an article that cannot be read is reported "
        "and skipped.",
    )
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="article file, folder or -")
    build.add_argument(
        "--out",
        type=Path,
        default=Path("output"),
        metavar="DIR",
        help="output folder (default: output/)",
    )
    build.add_argument(
        "--gazetteer",
        type=Path,
        metavar="FILE",
        help="known entities and aliases (CSV name,alias,type or Turtle)",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    build.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="analyse articles in N processes on this machine (default: 1); "
        "the output is the same whatever N",
    )
    build.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="analyse articles on a Dask distributed cluster, given its scheduler's "
        "address (tcp://HOST:8786); needs the 'dask' extra",
    )
    cache = build.add_mutually_exclusive_group()
    cache.add_argument(
        "--rebuild",
        action="store_true",
        help="forget earlier builds into DIR: analyse every article again and write only "
        "the given ones",
    )
    cache.add_argument(
        "--no-cache",
        action="store_true",
        help="neither reuse nor keep analyses (DIR/.newsgraph-cache/); write only the "
        "given articles",
    )
    _add_model_option(build)
    build.set_defaults(handler=run_build)


def _add_extract_command(commands: argparse._SubParsersAction[_Parser]) -> None:
    extract = commands.add_parser(
        "extract",
        help="print sentence-level statements in surface form",
        description="Print the statements of each sentence as the words of the sentence say "
        "them (what Open IE benchmarks score).",
    )
    extract.add_argument("input", metavar="INPUT", help="article file or - for stdin")
    extract.add_argument(
        "--per-line",
        action="store_true",
        help="every input line is one sentence (no sentence splitting)",
    )
    extract.add_argument(
        "--format",
        choices=("jsonl", "tsv"),
        default="jsonl",
        help="jsonl (default) or tsv: sentence, confidence, subject, "
        "predicate, object, more arguments",
    )
    _add_model_option(extract)
    extract.set_defaults(handler=run_extract)


def _add_query_command(commands: argparse._SubParsersAction[_Parser]) -> None:
    query = commands.add_parser(
        "query",
        help="run a SPARQL 1.1 query over an exported graph",
        description="Run SPARQL over graph.ttl/.nt/.jsonld/.trig. Example queries are in "
        "ontology/queries/.",
    )
    query.add_argument(
        "graph", nargs="?", metavar="GRAPH", help="an exported graph file (none with --endpoint)"
    )
    query.add_argument("query", nargs="?", metavar="QUERY", help="the SPARQL query text")
    query.add_argument("--file", type=Path, metavar="Q.rq", help="read the query from a file")
    query.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="output format (default: table)",
    )
    query.add_argument(
        "--endpoint",
        metavar="URL",
        help="query a SPARQL 1.1 endpoint (e.g. http://localhost:7878/query) instead of a file",
    )
    query.add_argument(
        "--engine",
        choices=("auto", "rdflib", "oxigraph"),
        default="auto",
        help="engine for a graph file: rdflib, oxigraph (embedded, fast on large graphs) or "
        "auto (default: oxigraph)",
    )
    _add_store_options(query)
    query.set_defaults(handler=run_query)


def _add_push_command(commands: argparse._SubParsersAction[_Parser]) -> None:
    push = commands.add_parser(
        "push",
        help="load a built graph into a triple store (SPARQL 1.1 Graph Store Protocol)",
        description="PUT each article's named graph of OUTPUT_DIR/graph.trig to "
        "STORE?graph=<article IRI>, replacing what the store held under that name, and the "
        "ontology to STORE?default (or --default-graph). Pushing twice changes nothing. "
        "Oxigraph: http://HOST:7878/store; Virtuoso: http://HOST:8890/sparql-graph-crud-auth; "
        "Fuseki: http://HOST:3030/DATASET/data; GraphDB: "
        "http://HOST:7200/repositories/REPO/rdf-graphs/service.",
    )
    push.add_argument("output", type=Path, metavar="OUTPUT_DIR", help="what newsgraph build wrote")
    push.add_argument(
        "--store", required=True, metavar="URL", help="the store's Graph Store Protocol URL"
    )
    push.add_argument(
        "--default-graph",
        metavar="IRI",
        help="put the ontology (the default graph) into this named graph, for stores whose "
        "Graph Store endpoint has no default graph (Virtuoso)",
    )
    _add_store_options(push)
    push.set_defaults(handler=run_push)


def _add_neo4j_command(commands: argparse._SubParsersAction[_Parser]) -> None:
    neo4j = commands.add_parser(
        "neo4j",
        help="write CSV files for neo4j-admin import and a Cypher script",
        description="Read OUTPUT_DIR/graph.trig (or a graph file) and write entities.csv, "
        "articles.csv, relations.csv, mentions.csv and graph.cypher; docs/stores.md has the "
        "import commands.",
    )
    neo4j.add_argument(
        "output",
        type=Path,
        metavar="OUTPUT_DIR",
        help="what newsgraph build wrote, or a graph file",
    )
    neo4j.add_argument(
        "--out", type=Path, metavar="DIR", help="where to write (default: OUTPUT_DIR/neo4j/)"
    )
    neo4j.set_defaults(handler=run_neo4j)


def _add_store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="USER[:PASSWORD]",
        help="log in to the store or endpoint (Digest or Basic, as it asks); with USER alone "
        "the password comes from NEWSGRAPH_PASSWORD or a prompt (USER:PASSWORD shows in ps)",
    )
    parser.add_argument(
        "--token-env",
        metavar="VAR",
        help="send the bearer token held in the environment variable VAR",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="give up on a whole request or query after this long (default: 30; 0: never)",
    )


# ------------------------------------------------------------------ build


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _progress_printer(stream: TextIO, *, width: int = 24) -> Callable[[object], None]:
    """A one-line progress bar: articles, statements, rate and time left.

    A build shows two: analysing the articles, then writing the graph.
    """
    started = time.monotonic()
    last = 0.0
    stage = "analysing"

    def show(progress: object) -> None:
        nonlocal last, started, stage
        from .pipeline import Progress

        assert isinstance(progress, Progress)
        now = time.monotonic()
        if progress.stage != stage:  # a new bar on a new line
            stream.write("\n")
            stage, started, last = progress.stage, now, 0.0
        done = progress.total is not None and progress.articles >= progress.total
        if now - last < 0.1 and not done:  # a terminal needs no more than ten frames a second
            return
        last = now
        elapsed = max(now - started, 1e-6)
        rate = progress.articles / elapsed
        parts = [
            f"{progress.articles:,} articles",
            f"{progress.statements:,} statements",
            f"{progress.words / elapsed:,.0f} words/s",
        ]
        if progress.cached:
            parts.insert(1, f"{progress.cached:,} cached")
        if progress.total:
            fraction = min(progress.articles / progress.total, 1.0)
            bar = "#" * round(fraction * width)
            parts[0] = f"[{bar:<{width}}] {progress.articles:,}/{progress.total:,} articles"
            left = (progress.total - progress.articles) / rate if rate > 0 else 0.0
            parts.append(f"ETA {_duration(left)}")
        else:
            parts.append(f"{rate:.1f} articles/s")
        stream.write("\r" + f"{stage}: " + ", ".join(parts) + "\x1b[K")
        stream.flush()

    return show


def run_build(args: argparse.Namespace) -> int:
    _start_workers_early(args)
    from .pipeline import build, describe_skip

    gazetteer = None
    if args.gazetteer is not None:
        from .gazetteer import load_gazetteer

        gazetteer = load_gazetteer(args.gazetteer)
    progress = None
    if not args.quiet and sys.stderr.isatty():
        progress = _progress_printer(sys.stderr)
    try:
        report = build(
            args.inputs,
            args.out,
            model=args.model,
            gazetteer=gazetteer,
            progress=progress,
            stdin=sys.stdin,
            workers=args.workers,
            dask=args.dask,
            cache=not args.no_cache,
            rebuild=args.rebuild,
        )
    finally:
        if progress is not None:
            sys.stderr.write("\n")
    if not args.quiet:
        parts = []
        if report.cached:
            parts.append(f"{report.cached} unchanged")
        if report.kept:
            parts.append(f"{report.kept} from earlier builds")
        detail = f" ({report.analysed} analysed, {', '.join(parts)})" if parts else ""
        print(
            f"{report.articles} article(s){detail}, {report.entities} entities, "
            f"{report.relations} relations -> {report.out_dir}/"
        )
    for source, reason in report.skipped:
        print(f"newsgraph: skipped {describe_skip(source, reason)}", file=sys.stderr)
    if report.skipped:
        print(f"newsgraph: {len(report.skipped)} article(s) skipped", file=sys.stderr)
    return EXIT_OK


def _start_workers_early(args: argparse.Namespace) -> None:
    """With local workers, start their fork server before anything else is imported.

    The server loads the model (the longest part of a build's start) while this process
    imports the rest and reads the first articles, instead of after. Where there is no
    fork server, the build starts its workers as usual.
    """
    if args.workers < 2 or args.dask is not None:
        return
    import multiprocessing

    if sys.platform == "win32" or "forkserver" not in multiprocessing.get_all_start_methods():
        return
    from .corpus import start_forkserver

    start_forkserver(args.model)


# ---------------------------------------------------------------- extract


def _sentences_per_line(source: str) -> list[str]:
    from .reading import read_text

    text = read_text(source, stdin=sys.stdin)
    return [line.strip() for line in text.splitlines() if line.strip()]


def run_extract(args: argparse.Namespace) -> int:
    from .extraction import extraction_as_dict, extraction_as_tsv
    from .parsing import load_pipeline
    from .pipeline import describe_skip, extract_statements
    from .reading import iter_articles

    skipped: list[tuple[str, str]] = []

    def on_error(source: str, error: Exception) -> None:
        skipped.append((source, " ".join(str(error).split())))

    if args.per_line:
        batches: Iterable[tuple[list[str], str]] = [(_sentences_per_line(args.input), "")]
    else:
        # a .jsonl corpus or a folder: a bad article is skipped and reported, as in `build`
        try:
            folder = Path(args.input).is_dir()
        except OSError:  # in a folder we may not enter: reading it says why
            folder = False
        strict = not (folder or args.input.lower().endswith(".jsonl"))
        articles = iter_articles([args.input], stdin=sys.stdin,
                                 on_error=None if strict else on_error)
        batches = (([a.text], a.date) for a in articles)
    pending = iter(batches)
    first = next(pending, None)  # a bad input is told before the model loads
    if first is None:
        where = f": {describe_skip(*skipped[0])}" if skipped else ""
        raise InputError(f"no article could be read in {args.input}{where}")
    nlp = load_pipeline(args.model)
    out = sys.stdout
    for texts, date in itertools.chain([first], pending):
        for extractions in extract_statements(nlp, texts, article_date=date):
            for extraction in extractions:
                if args.format == "tsv":
                    out.write(extraction_as_tsv(extraction) + "\n")
                else:
                    out.write(json.dumps(extraction_as_dict(extraction), ensure_ascii=False) + "\n")
    for source, reason in skipped:
        print(f"newsgraph: skipped {describe_skip(source, reason)}", file=sys.stderr)
    if skipped:
        print(f"newsgraph: {len(skipped)} article(s) skipped", file=sys.stderr)
    return EXIT_OK


# ------------------------------------------------------------------ query


def _place_query(
    parser: argparse.ArgumentParser, args: argparse.Namespace, rest: list[str]
) -> None:
    """`query GRAPH --format csv QUERY`: argparse takes GRAPH and QUERY in one go, so a
    QUERY after the options comes back unrecognised; it is the query all the same."""
    if len(rest) == 1 and not rest[0].startswith("-") and args.query is None:
        args.query = rest[0]
    else:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")


def run_query(args: argparse.Namespace) -> int:
    from .query import format_result
    from .query import run_query as query_graph

    positional = [value for value in (args.graph, args.query) if value is not None]
    if args.endpoint is not None:
        # no GRAPH file with an endpoint: the one positional argument is the query
        if len(positional) > 1:
            raise UsageError("with --endpoint give only the query, not a GRAPH file")
        graph, inline = None, (positional[0] if positional else None)
    else:
        if not positional:
            raise UsageError("give a graph file (e.g. output/graph.ttl) or --endpoint URL")
        graph, inline = Path(positional[0]), args.query
    if (inline is None) == (args.file is None):
        raise UsageError("give the query either as text or with --file Q.rq, not both or neither")
    if args.file is not None:
        try:
            text = args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"cannot read query file {args.file}: {e}") from e
    else:
        text = inline
    result = query_graph(
        text,
        graph_path=graph,
        endpoint=args.endpoint,
        engine=args.engine,
        timeout=args.timeout,
        auth=_user(args.user, args.endpoint),
        token_env=args.token_env,
    )
    sys.stdout.write(format_result(result, args.format))
    return EXIT_OK


def _user(user: str | None, url: str | None) -> str | None:
    """USER:PASSWORD as given, or USER with the password from NEWSGRAPH_PASSWORD or, at a
    terminal, a prompt: a password on the command line shows in `ps` to every local user."""
    import getpass
    import os

    from .stores import PASSWORD_ENV, redact

    if user is None or ":" in user or url is None:
        return user
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError(
                f"--user {user} needs a password: set {PASSWORD_ENV}, run at a terminal to be "
                "asked, or write --user USER:PASSWORD"
            )
        try:
            password = getpass.getpass(f"password for {user} at {redact(url)}: ")
        except EOFError:
            raise UsageError(f"no password given for {user}") from None
    return f"{user}:{password}"


# ------------------------------------------------------------------- push


def run_push(args: argparse.Namespace) -> int:
    from .stores import push, redact

    report = push(
        args.output,
        args.store,
        auth=_user(args.user, args.store),
        token_env=args.token_env,
        timeout=args.timeout,
        default_graph=args.default_graph,
    )
    ontology = any(graph.name in ("", report.default_as) for graph in report.graphs)
    default = " and the ontology" if ontology else ""
    print(
        f"pushed {report.named_graphs} article graph(s){default}, {report.triples} triples, "
        f"to {redact(args.store)}"
    )
    return EXIT_OK


# ------------------------------------------------------------------ neo4j


def run_neo4j(args: argparse.Namespace) -> int:
    from .neo4j import write_neo4j
    from .query import load_graph

    source = args.output / "graph.trig" if args.output.is_dir() else args.output
    out = args.out or (args.output if args.output.is_dir() else args.output.parent) / "neo4j"
    graph = load_graph(source, engine="rdflib").data
    paths = write_neo4j(graph, out)
    print(f"wrote {', '.join(path.name for path in paths)} -> {out}/")
    return EXIT_OK


# ------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args, rest = parser.parse_known_args(argv)
    if rest and getattr(args, "handler", None) is run_query:
        _place_query(parser, args, rest)
    elif rest:
        parser.parse_args(argv)  # the usual error, naming what it did not recognise
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    previous = _stop_on_sigterm()
    try:
        return int(args.handler(args))
    except NewsgraphError as e:
        message = " ".join(str(e).split())
        print(f"newsgraph: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except OSError as e:  # an unwritable --out, a full disk, a file in a folder we may not
        # enter (read or written: the error does not say which): the user's to mend, not a bug
        where = f"{e.filename}: " if e.filename else ""
        print(f"newsgraph: error: {where}{e.strerror or e}; check the path and its "
              "permissions", file=sys.stderr)
        return EXIT_ERROR
    except _Terminated:
        print("newsgraph: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print("newsgraph: interrupted", file=sys.stderr)
        return 130
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where Ctrl-C would be: a build stopped by `kill` cleans up the same way
    (no temporary or half-written file, its workers stopped) and says so in one line."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def _stop_on_sigterm() -> signal.Handlers | Callable[..., object] | int | None:
    """Handle SIGTERM like Ctrl-C for this command; the handler it replaces (to restore)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _terminate)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
