"""The command line, run in-process: help, errors, and the seed article end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from newsgraph.cli import main, make_parser

OUTPUTS = [
    "graph.ttl",
    "graph.nt",
    "graph.jsonld",
    "graph.trig",
    "network.html",
    "network.graphml",
    "network.png",
]


def commands() -> list[str]:
    parser = make_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)  # type: ignore[union-attr]


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: newsgraph " + command in capsys.readouterr().out


def test_help_does_not_load_spacy() -> None:
    code = (
        "import sys; from newsgraph.cli import make_parser; make_parser(); "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src")},
    )
    assert out.stdout.strip() == "False"


def error_of(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "make_input, expected",
    [
        (lambda d: d / "missing.txt", "missing.txt"),
        (lambda d: write_bytes(d / "empty.txt", b""), "empty"),
        (lambda d: write_bytes(d / "blob.txt", bytes(range(256)) * 40), "binary"),
        (lambda d: (d / "nothing").mkdir() or d / "nothing", "folder has no"),
        (lambda d: write_bytes(d / "scan.txt", b"%PDF-1.7\n" + bytes(range(256)) * 8), "pdf"),
        (
            lambda d: write_bytes(d / "noise.txt", bytes((i * 97 + 13) % 256 for i in range(4000))),
            "not",
        ),
        (
            lambda d: write_bytes(
                d / "menu.html",
                b"<html><body><nav><a href='/'>Home</a></nav>"
                b"<script>var x = 1;</script></body></html>",
            ),
            "no article text",
        ),
        (
            lambda d: write_bytes(d / "huge.txt", b"The council met again today. " * 400_000),
            "limit",
        ),
        (lambda d: write_bytes(d / "notes.docx", b"PK\x03\x04"), "docx"),
        (lambda d: write_bytes(d / "marks.txt", b"!!! ... ?? --\n"), "no words"),
    ],
    ids=[
        "missing",
        "empty",
        "binary",
        "empty-folder",
        "pdf",
        "mis-encoded",
        "html-no-text",
        "huge",
        "unsupported-suffix",
        "punctuation-only",
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_output(
    make_input, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = make_input(tmp_path)
    out = tmp_path / "out"
    message = error_of(["build", str(source), "--out", str(out), "--quiet"], capsys)
    assert message.startswith("newsgraph: error: ")
    assert expected in message.lower()
    assert not out.exists() or not any(out.iterdir())


def test_unknown_model_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    message = error_of(
        ["build", str(SEED), "--out", str(tmp_path / "o"), "--model", "no_such_pipeline_xyz"],
        capsys,
    )
    assert "no_such_pipeline_xyz" in message
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_query_needs_exactly_one_query(seed_build: Path, capsys) -> None:
    message = error_of(["query", str(seed_build / "graph.ttl")], capsys)
    assert "--file" in message


def test_malformed_query_is_a_clean_error(seed_build: Path, capsys) -> None:
    message = error_of(["query", str(seed_build / "graph.ttl"), "SELEKT ?x WHERE"], capsys)
    assert "newsgraph: error:" in message


# ------------------------------------------------------- seed end to end


def test_build_writes_every_output(seed_build: Path) -> None:
    for name in OUTPUTS:
        assert (seed_build / name).stat().st_size > 0, name
    assert not [p.name for p in seed_build.iterdir() if p.name.startswith(".") and p.is_file()], (
        "no temporary files left behind"
    )


def test_four_rdf_files_hold_the_same_triples(seed_build: Path) -> None:
    turtle = Graph().parse(seed_build / "graph.ttl")
    assert isomorphic(turtle, Graph().parse(seed_build / "graph.nt"))
    assert isomorphic(turtle, Graph().parse(seed_build / "graph.jsonld", format="json-ld"))
    dataset = Dataset()
    dataset.parse(seed_build / "graph.trig", format="trig")
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(turtle, union)


def test_seed_conforms_to_shapes(seed_build: Path) -> None:
    from pyshacl import validate

    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, report = validate(Graph().parse(seed_build / "graph.ttl"), shacl_graph=shapes)
    assert conforms, report


def test_hedged_statements_conform_to_shapes_and_are_not_asserted(tmp_path: Path) -> None:
    from pyshacl import validate

    article = tmp_path / "hedges.txt"
    article.write_text(
        "The minister believed that the Northern Alliance had attacked the Valdoran army. The "
        "army refused to withdraw from the valley. The Northern Alliance threatened to attack "
        "the airport. The police promised to arrest the smugglers. Did the navy sink the ship?\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["build", str(article), "--out", str(out), "--quiet"]) == 0
    graph = Graph().parse(out / "graph.ttl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, report = validate(graph, shacl_graph=shapes)
    assert conforms, report
    ng = "https://w3id.org/newsgraph/ontology#"
    modalities = {str(o) for o in graph.objects(None, URIRef(ng + "modality"))}
    assert {"believed", "threatened", "promised", "question"} <= modalities
    # only the belief (a fact on the minister's word) becomes a direct "attacks" triple
    assert len(list(graph.subject_objects(URIRef(ng + "attacks")))) == 1
    # the others are described and say why not
    why = URIRef(ng + "notAssertedBecause")
    reasons = {str(o).removeprefix(ng) for o in graph.objects(None, why)}
    assert "NotFactual" in reasons


ATTACKS_OIL_CONVOYS = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?attacker ?target WHERE {
  ?a ng:attacks ?t . ?a rdfs:label ?attacker . ?t rdfs:label ?target .
  FILTER (CONTAINS(LCASE(?target), "oil convoys"))
}
"""


def test_sparql_finds_the_design_card_attack(seed_build: Path, capsys) -> None:
    assert (
        main(["query", str(seed_build / "graph.ttl"), ATTACKS_OIL_CONVOYS, "--format", "json"]) == 0
    )
    result = json.loads(capsys.readouterr().out)
    attackers = {b["attacker"]["value"] for b in result["results"]["bindings"]}
    assert "Islamic State" in attackers


def test_query_text_may_follow_the_options(seed_build: Path, capsys) -> None:
    graph = str(seed_build / "graph.ttl")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert main(["query", graph, "--format", "csv", count]) == 0
    after = capsys.readouterr().out
    assert main(["query", graph, count, "--format", "csv"]) == 0
    assert after == capsys.readouterr().out and int(after.split()[1]) > 100
    with pytest.raises(SystemExit) as exit_info:
        main(["query", graph, "--format", "csv", count, "surplus"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


@pytest.mark.parametrize(
    "query", sorted((ROOT / "ontology" / "queries").glob("*.rq")), ids=lambda p: p.stem
)
def test_example_queries_run_and_find_something(query: Path, seed_build: Path, capsys) -> None:
    assert (
        main(["query", str(seed_build / "graph.ttl"), "--file", str(query), "--format", "csv"]) == 0
    )
    rows = capsys.readouterr().out.strip().splitlines()
    assert len(rows) >= 2, f"{query.name} found nothing"


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    # separate processes with other hash seeds: nothing may depend on set order (and both
    # use the calibration committed in the package, which the tests in here do not)
    outs = [tmp_path / "once", tmp_path / "again"]
    for out, seed in zip(outs, ("12345", "54321"), strict=True):
        env = {"PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}
        subprocess.run(
            [sys.executable, "-m", "newsgraph", "build", str(SEED), "--out", str(out), "--quiet"],
            check=True,
            cwd=ROOT,
            env=env,
        )
    for name in OUTPUTS:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_extract_per_line_tsv(tmp_path: Path, capsys) -> None:
    source = tmp_path / "sentences.txt"
    source.write_text(
        "Rebels attacked the convoy near the border.\nThe ministry said the talks had failed.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(source), "--per-line", "--format", "tsv"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows and all(len(row) >= 5 for row in rows)
    assert any(row[2] == "Rebels" and "attack" in row[3] and "convoy" in row[4] for row in rows)
    assert all(0.0 <= float(row[1]) <= 1.0 for row in rows)


def labelled(graph: Graph, label: str) -> list:
    from rdflib import RDFS, Literal

    return list(graph.subjects(RDFS.label, Literal(label)))


@pytest.mark.parametrize(
    "subject, prop, obj",
    [
        ("Russia", "supports", "Bashar al-Assad"),
        ("Iran", "supports", "Bashar al-Assad"),
        ("Russia", "supports", "Syrian government"),
        ("Islamic State", "attacks", "oil convoys"),
    ],
)
def test_seed_has_the_design_card_relations(seed_build: Path, subject, prop, obj) -> None:
    from newsgraph.vocabulary import NG

    graph = Graph().parse(seed_build / "graph.ttl")
    [s] = labelled(graph, subject)
    objects = labelled(graph, obj)
    assert any((s, NG[prop], o) in graph for o in objects), (subject, prop, obj)


@pytest.mark.parametrize(
    "label, alternatives",
    [
        ("Islamic State", {"Daesh", "the group"}),
        ("Bashar al-Assad", {"Mr. Assad"}),
        ("Gregory Waters", {"Mr. Waters"}),
        ("United States", {"US"}),
    ],
)
def test_seed_actor_is_one_node_with_its_other_names(
    seed_build: Path, label: str, alternatives: set[str]
) -> None:
    from rdflib import RDFS, SKOS, Literal

    graph = Graph().parse(seed_build / "graph.ttl")
    [node] = labelled(graph, label)
    names = {str(o) for o in graph.objects(node, SKOS.altLabel)}
    assert alternatives <= names
    for name in alternatives:  # no second node carries the other name as its label
        assert not list(graph.subjects(RDFS.label, Literal(name)))


def test_seed_negated_statement_is_not_asserted(seed_build: Path) -> None:
    from rdflib import RDF, Literal

    from newsgraph.vocabulary import NG

    graph = Graph().parse(seed_build / "graph.ttl")
    negated = list(graph.subjects(NG.negated, Literal(True)))
    assert negated
    for statement in negated:
        assert (statement, NG.notAssertedBecause, NG.Negated) in graph
        assert (statement, NG.asserted, Literal(False)) in graph
        s = graph.value(statement, RDF.subject)
        if s is None:  # an unresolved statement: its words only, no triple to look for
            continue
        p = graph.value(statement, RDF.predicate)
        o = graph.value(statement, RDF.object)
        assert (s, p, o) not in graph or any(
            graph.value(other, NG.negated) == Literal(False)
            for other in graph.subjects(RDF.subject, s)
            if graph.value(other, RDF.predicate) == p and graph.value(other, RDF.object) == o
        )


def test_seed_has_no_pronoun_or_credit_nodes(seed_build: Path) -> None:
    from rdflib import RDFS

    graph = Graph().parse(seed_build / "graph.ttl")
    labels = {str(o).lower() for o in graph.objects(None, RDFS.label)}
    for bad in ("that", "it", "they", "he", "which", "getty images", "zuma press"):
        assert bad not in labels
    assert not any("copyright" in label or "write to" in label for label in labels)


def test_hostile_article_text_never_reaches_the_page_as_markup(tmp_path: Path) -> None:
    source = tmp_path / "hostile.txt"
    source.write_text(
        "Rebels <img src=x onerror=alert(1)> strike convoy\n\n"
        "The Northern Alliance attacked the Valdoran army near the border on Monday, said Omar "
        "<script>alert(2)</script> Haddad.\nThe army fought the rebels in the valley.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["build", str(source), "--out", str(out), "--quiet"]) == 0
    page = (out / "network.html").read_text(encoding="utf-8")
    # the hostile text is on the page (title, evidence), but only as escaped text
    assert "onerror=alert(1)" in page and "alert(2)" in page
    assert "<img src=x" not in page
    assert "<script>alert" not in page


def test_gazetteer_joins_an_alias_to_its_known_entity(tmp_path: Path, capsys) -> None:
    gazetteer = tmp_path / "known.csv"
    gazetteer.write_text("name,alias,type\nRed Hand Brigade,RHB,ArmedGroup\n", encoding="utf-8")
    source = tmp_path / "raid.txt"
    source.write_text(
        "The RHB attacked the village of Toma on Monday. Police said the Red Hand Brigade "
        "also burned the market.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert (
        main(["build", str(source), "--out", str(out), "--gazetteer", str(gazetteer), "--quiet"])
        == 0
    )
    from rdflib import RDF, SKOS, Literal

    from newsgraph.vocabulary import NG

    graph = Graph().parse(out / "graph.ttl")
    [node] = labelled(graph, "Red Hand Brigade")
    assert (node, RDF.type, NG.ArmedGroup) in graph
    assert (node, SKOS.altLabel, Literal("RHB")) in graph
    assert not labelled(graph, "RHB")


def test_unreadable_gazetteer_is_a_clean_error(tmp_path: Path, capsys) -> None:
    gazetteer = tmp_path / "known.csv"
    gazetteer.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    message = error_of(
        ["build", str(SEED), "--out", str(tmp_path / "o"), "--gazetteer", str(gazetteer)], capsys
    )
    assert "known.csv" in message


def test_a_folder_that_cannot_be_read_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "story.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    real = os.scandir

    def refuse(path: object) -> object:  # as for a folder without read permission
        if os.fspath(path) == str(locked):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    message = error_of(["build", str(locked), "--out", str(tmp_path / "o"), "--quiet"], capsys)
    assert "cannot read the folder (Permission denied)" in message
    assert "has no" not in message


def test_extract_skips_and_reports_a_bad_jsonl_line_as_build_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"text": "Rebel fighters attacked a fuel convoy near the border."}\n'
        '{"text": bad}\n'
        '{"text": "Police arrested the mayor of a coastal town on Friday."}\n',
        encoding="utf-8",
    )
    assert main(["extract", str(corpus)]) == 0
    captured = capsys.readouterr()
    sentences = {json.loads(line)["sentence"] for line in captured.out.splitlines()}
    assert any("convoy" in s for s in sentences) and any("mayor" in s for s in sentences)
    assert captured.err.splitlines() == [
        f"newsgraph: skipped {corpus}:2: {corpus}: line 2 is not valid JSON (Expecting value "
        'at column 10); each line must be one JSON object with a "text" field',
        "newsgraph: 1 article(s) skipped",
    ]


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["build"], "newsgraph build: error: the following arguments are required: INPUT"),
        (["build", "a.txt", "--workers", "x"], "argument --workers: invalid int value: 'x'"),
        (["frobnicate"], "newsgraph: error: argument COMMAND: invalid choice: 'frobnicate'"),
        (["query", "g.ttl", "--format", "xml", "SELECT"], "argument --format: invalid choice"),
        (["build", "a.txt", "--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_usage_errors_are_one_line_and_point_to_help(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    [line] = captured.err.strip().splitlines()
    assert expected in line and line.endswith(" --help")
    assert "usage:" not in captured.err
