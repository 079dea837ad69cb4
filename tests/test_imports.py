"""Each command imports what it needs when it needs it: start-up is part of a command's speed.

Every case runs the command in a fresh interpreter and reads which heavy packages
ended up in sys.modules (a correctness test: no timing is asserted).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

HEAVY = ("spacy", "thinc", "rdflib", "pyoxigraph", "matplotlib", "networkx")

# Runs `newsgraph ARGS...` in-process (or only imports a module, given `import:NAME`),
# then prints the heavy packages loaded, on the last line.
_CHILD = f"""
import importlib, sys
if sys.argv[1].startswith("import:"):
    importlib.import_module(sys.argv[1].removeprefix("import:"))
    code = 0
else:
    from newsgraph.cli import main
    try:
        code = main(sys.argv[1:])
    except SystemExit as e:
        code = e.code
print()
print(",".join(name for name in {HEAVY!r} if name in sys.modules))
sys.exit(code)
"""

SMALL_GRAPH = """@prefix ex: <http://example.org/> .
ex:rebels ex:attacked ex:depots .
ex:ministry ex:said ex:rebels .
"""


def loaded_by(*args: str) -> set[str]:
    """The heavy packages a fresh interpreter has loaded after running the command."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src")},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return set(filter(None, done.stdout.splitlines()[-1].split(",")))


def test_the_probe_sees_a_heavy_import() -> None:
    # the check below would pass vacuously if the probe could not see a loaded package
    assert {"rdflib"} <= loaded_by("import:rdflib")


@pytest.mark.parametrize(
    "args, not_loaded",
    [
        (["--help"], HEAVY),
        (["build", "--help"], HEAVY),
        (["query", "--help"], HEAVY),
        # what a build and every analysis worker import first: the network's drawing
        # (matplotlib, networkx) waits for the writing pass, only a query needs pyoxigraph,
        # and spaCy is for whatever process parses (with workers, not the build's own)
        (["import:newsgraph.pipeline"], ("spacy", "thinc", "matplotlib", "networkx", "pyoxigraph")),
        (["import:newsgraph.corpus"], HEAVY),
    ],
)
def test_start_up_imports(args: list[str], not_loaded: tuple[str, ...]) -> None:
    assert loaded_by(*args).isdisjoint(not_loaded)


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_query_loads_neither_spacy_nor_the_drawing(tmp_path: Path, engine: str) -> None:
    graph = tmp_path / "small.ttl"
    graph.write_text(SMALL_GRAPH, encoding="utf-8")
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    loaded = loaded_by("query", str(graph), query, "--engine", engine)
    assert ("pyoxigraph" if engine == "oxigraph" else "rdflib") in loaded
    assert loaded.isdisjoint({"spacy", "thinc", "matplotlib", "networkx"})


def test_build_does_not_load_pyoxigraph(tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text("The ministry said the rebels attacked the depots.\n", encoding="utf-8")
    loaded = loaded_by("build", str(article), "--out", str(tmp_path / "out"), "--quiet")
    assert "spacy" in loaded
    assert "pyoxigraph" not in loaded
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_build_with_workers_parses_only_in_them(tmp_path: Path) -> None:
    # the build's own process only reads and writes: importing spaCy there would be
    # start-up time before the first worker starts, spent on neither CPU's share of work
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in [("a.txt", "The ministry said the rebels attacked the depots."),
                       ("b.txt", "Police arrested two men in Paris on Monday.")]:
        (articles / name).write_text(text + "\n", encoding="utf-8")
    out = tmp_path / "out"
    loaded = loaded_by("build", str(articles), "--out", str(out), "--workers", "2", "--quiet")
    assert loaded.isdisjoint({"spacy", "thinc"})
    assert "rebels" in (out / "graph.nt").read_text(encoding="utf-8")  # the workers parsed


def test_every_module_imports_on_its_own() -> None:
    # an import cycle shows only when a module is the first one imported
    import newsgraph

    package = Path(newsgraph.__file__).parent
    names = sorted(
        "newsgraph." + ".".join(p.relative_to(package).with_suffix("").parts)
        for p in package.rglob("*.py") if p.name not in ("__init__.py", "__main__.py"))
    script = ("import importlib, sys\nfor name in sys.argv[1:]:\n"
              "    for loaded in [m for m in sys.modules if m.startswith('newsgraph')]:\n"
              "        del sys.modules[loaded]\n"
              "    importlib.import_module(name)\n")
    done = subprocess.run([sys.executable, "-c", script, *names], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


# Runs `newsgraph build ...` with the fork server's start replaced by a probe that says
# what was loaded when the build asked for it, and stops there.
_EARLY = """
import sys
import newsgraph.corpus as corpus
from newsgraph.cli import main

class Started(Exception):
    pass

def probe(model):
    print("started", model, "newsgraph.pipeline" in sys.modules, "spacy" in sys.modules)
    raise Started

corpus.start_forkserver = probe
try:
    main(sys.argv[1:])
except Started:
    pass
"""


@pytest.mark.parametrize(("workers", "said"), [("2", "started some_model False False"),
                                               ("1", "")])
def test_build_with_workers_starts_their_server_first(
    tmp_path: Path, workers: str, said: str
) -> None:
    # the server loads the model (the longest part of the start) while the build imports
    # the rest, instead of after; one worker needs no server
    article = tmp_path / "one.txt"
    article.write_text("The ministry said the rebels attacked the depots.\n", encoding="utf-8")
    args = ["build", str(article), "--out", str(tmp_path / "out"), "--model", "some_model",
            "--workers", workers, "--quiet"]
    done = subprocess.run([sys.executable, "-c", _EARLY, *args], capture_output=True,
                          text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src")}, timeout=300)
    assert done.stdout.strip() == said
