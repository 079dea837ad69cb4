"""Neo4j export: CSVs that neo4j-admin can import, and Cypher that hostile text cannot break.

No Neo4j runs here, so the Cypher is checked against the language's own rules for string
literals and quoted names: a small reader below decodes every literal of the script and
checks that what is left outside the literals is only the statement skeleton.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from builders import relation, resolved_article
from rdflib import Graph
from store_fixture import DEPOTS, MAYOR, NORTHLAND, RIVER_FRONT, dataset, union

from newsgraph.models import Entity
from newsgraph.neo4j import (
    ARRAY_DELIMITER,
    cypher_name,
    cypher_script,
    cypher_string,
    relationship_type,
    write_neo4j,
)
from newsgraph.rdf import build_dataset
from newsgraph.vocabulary import entity_iri

FILES = ["entities.csv", "articles.csv", "relations.csv", "mentions.csv", "graph.cypher"]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("neo4j")
    paths = write_neo4j(dataset(), out)
    assert [p.name for p in paths] == FILES
    return out


# ------------------------------------------------------------------ CSV


def test_every_relationship_joins_existing_nodes(exported: Path) -> None:
    entities = read_csv(exported / "entities.csv")
    articles = read_csv(exported / "articles.csv")
    ids = [row["iri:ID"] for row in entities + articles]
    assert len(ids) == len(set(ids)) == 5 + 2
    for name in ("relations.csv", "mentions.csv"):
        rows = read_csv(exported / name)
        assert rows, name
        for row in rows:
            assert row[":START_ID"] in ids and row[":END_ID"] in ids, row


def test_entity_nodes_carry_name_aliases_and_class_labels(exported: Path) -> None:
    rows = {row["iri:ID"]: row for row in read_csv(exported / "entities.csv")}
    front = rows[str(entity_iri(RIVER_FRONT.key))]
    assert front["name"] == "River Front"
    assert front["altLabels:string[]"].split(ARRAY_DELIMITER) == sorted(RIVER_FRONT.alt_labels)
    assert front[":LABEL"].split(";") == ["Entity", "Actor", "Organization", "ArmedGroup"]
    assert front["actor:boolean"] == "true"
    depots = rows[str(entity_iri(DEPOTS.key))]
    assert depots[":LABEL"].split(";")[-1] == "Thing" and depots["actor:boolean"] == "false"
    assert depots["altLabels:string[]"] == ""


def test_relations_aggregate_statements_and_skip_negated_ones(exported: Path) -> None:
    rows = read_csv(exported / "relations.csv")
    by_pair = {(r[":START_ID"], r[":TYPE"], r[":END_ID"]): r for r in rows}
    attack = by_pair[(str(entity_iri(RIVER_FRONT.key)), "ATTACKS", str(entity_iri(DEPOTS.key)))]
    assert attack["count:int"] == "2"  # "attacked" and "hit", one in each article
    assert len(attack["sentences:string[]"].split(ARRAY_DELIMITER)) == 2
    assert len(attack["articles:string[]"].split(ARRAY_DELIMITER)) == 2
    assert (str(entity_iri(NORTHLAND.key)), "SUPPORTS", str(entity_iri(MAYOR.key))) in by_pair
    # "Quill did not oppose ..." is negated: no relationship
    assert not [r for r in rows if r[":TYPE"] == "OPPOSES"]
    # the minted predicate keeps its label and gets a type from it
    minted = [r for r in rows if r["property"].startswith("https://w3id.org/newsgraph/property/")]
    assert [(r[":TYPE"], r["label"]) for r in minted] == [("WAVE_AT", "wave at")]


def test_cells_are_single_lines(exported: Path) -> None:
    for name in FILES[:4]:
        text = (exported / name).read_text(encoding="utf-8")
        lines = text.splitlines()
        assert len(lines) == len(read_csv(exported / name)) + 1, name  # no multi-line cell
    sentences = [r["sentences:string[]"] for r in read_csv(exported / "relations.csv")]
    assert "Mayor Quill waved at envoys in Grey Harbour." in sentences


def test_mentions_count_statements_per_article(exported: Path) -> None:
    rows = read_csv(exported / "mentions.csv")
    assert {r[":TYPE"] for r in rows} == {"MENTIONS"}
    mayor = [r for r in rows if r[":END_ID"] == str(entity_iri(MAYOR.key))]
    # in the first article the mayor is in two statements (one negated), in the second one
    assert sorted(r["count:int"] for r in mayor) == ["1", "2"]


def test_article_nodes_carry_metadata(exported: Path) -> None:
    titles = {r["title"]: r for r in read_csv(exported / "articles.csv")}
    assert set(titles) == {"Militants strike depots", "Harbour talks"}
    assert titles["Militants strike depots"]["publisher"] == "The Harbour Post"
    assert titles["Harbour talks"]["date"] == "2024-03-02"


def test_a_dataset_and_its_union_export_the_same(exported: Path, tmp_path: Path) -> None:
    write_neo4j(union(dataset()), tmp_path)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (exported / name).read_bytes(), name


def test_an_empty_graph_writes_headers_only(tmp_path: Path) -> None:
    write_neo4j(Graph(), tmp_path)
    assert read_csv(tmp_path / "entities.csv") == []
    assert (tmp_path / "relations.csv").read_text().startswith(":START_ID,:END_ID,:TYPE")
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(
    "label, expected",
    [
        ("attacks", "ATTACKS"),
        ("calls for", "CALLS_FOR"),
        ("memberOf", "MEMBER_OF"),
        ("withdraw-from", "WITHDRAW_FROM"),
        ("", "RELATED_TO"),
        ("rückt vor", "RÜCKT_VOR"),
    ],
)
def test_relationship_type(label: str, expected: str) -> None:
    assert relationship_type(label) == expected


# ------------------------------------------------------------------ Cypher

_ESCAPES = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def read_literal(text: str, start: int) -> tuple[str, int]:
    """Decode the Cypher string literal opening at text[start]; return it and its end."""
    quote = text[start]
    assert quote in "\"'"
    out, i = [], start + 1
    while True:
        char = text[i]
        if char == quote:
            return "".join(out), i + 1
        assert char not in "\n\r", "a raw line break inside a literal"
        if char == "\\":
            code = text[i + 1]
            if code == "u":
                out.append(chr(int(text[i + 2 : i + 6], 16)))
                i += 6
                continue
            assert code in _ESCAPES, f"unknown escape \\{code}"
            out.append(_ESCAPES[code])
            i += 2
            continue
        out.append(char)
        i += 1


def split_statement(line: str) -> tuple[str, list[str]]:
    """The statement with each literal replaced by S, and the decoded literals."""
    skeleton, literals, i = [], [], 0
    while i < len(line):
        char = line[i]
        if char in "\"'":
            value, i = read_literal(line, i)
            literals.append(value)
            skeleton.append("S")
        elif char == "`":
            end = i + 1
            while not (line[end] == "`" and line[end + 1 : end + 2] != "`"):
                end += 2 if line[end : end + 2] == "``" else 1
            skeleton.append("N")
            i = end + 1
        else:
            skeleton.append(char)
            i += 1
    return "".join(skeleton), literals


HOSTILE = [
    'quote " inside',
    "apostrophe ' inside",
    'back\\slash and \\" mixed',
    '"}) DETACH DELETE n //',
    "'}) MATCH (m) DETACH DELETE m; //",
    "line\nbreak and\r\nwindows",
    "tab\tand \x00 nul and \x1b escape",
    "literal \\u0041 that is not an escape",
    "back`tick and ``double",
    "unicode: Ḩalab — 東京 🙂 \u2028 separator",
    "ends with a backslash \\",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_string_literal_reads_back_exactly(text: str) -> None:
    literal = cypher_string(text)
    value, end = read_literal(literal, 0)
    assert value == text and end == len(literal)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("ArmedGroup", "ArmedGroup"),
        ("WAVE_AT", "WAVE_AT"),
        ("RÜCKT_VOR", "`RÜCKT_VOR`"),
        ("a`b", "`a``b`"),
        ("1st", "`1st`"),
    ],
)
def test_names_are_quoted_when_needed(name: str, expected: str) -> None:
    assert cypher_name(name) == expected


STATEMENT_SHAPES = [
    re.compile(r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.iri IS UNIQUE;"),
    re.compile(
        r"MERGE \(n:(Entity|Article) \{iri: S\}\) SET "
        r"((n:(\w+|N)|n\.\w+ = (S|true|false|null|\[(S(, S)*)?\]))(, )?)+;"
    ),
    re.compile(
        r"MATCH \(a:(Entity|Article) \{iri: S\}\) MATCH \(b:Entity \{iri: S\}\) "
        r"MERGE \(a\)-\[r:(\w+|N)\]->\(b\) SET "
        r"(r\.\w+ = (S|\d+|[\d.e-]+|null|\[(S(, S)*)?\])(, )?)+;"
    ),
]


def hostile_dataset():
    s1 = "The Crew attacked the Depot."
    # a label the assertion gate takes for a name (one starting with a quotation mark is
    # no name, and its statements no relationship); the injection attempts are alt labels
    crew = Entity("group/crew", HOSTILE[1], "Group", tuple(HOSTILE[:1] + HOSTILE[2:]))
    depot = Entity("thing/depot", HOSTILE[5], "Thing", (), is_actor=False)
    resolved = resolved_article(
        s1 + " " + HOSTILE[5],
        [crew, depot],
        [
            relation(s1, ("The Crew", crew.key), "attack", ("the Depot", depot.key)),
            relation(s1, ("The Crew", crew.key), "sneer `at", ("the Depot", depot.key)),
        ],
        title=HOSTILE[4],
        publisher=HOSTILE[6],
    )
    return build_dataset([resolved]), crew, depot


def test_hostile_text_stays_inside_its_literals(tmp_path: Path) -> None:
    data, crew, depot = hostile_dataset()
    write_neo4j(data, tmp_path)
    script = (tmp_path / "graph.cypher").read_text(encoding="utf-8")
    lines = [line for line in script.splitlines() if not line.startswith("//")]
    decoded: list[str] = []
    for line in lines:
        skeleton, literals = split_statement(line)
        assert any(shape.fullmatch(skeleton) for shape in STATEMENT_SHAPES), skeleton
        decoded.extend(literals)
    assert "DELETE" not in "".join(split_statement(line)[0] for line in lines)
    # both exports hold the same values: one line each, control characters as spaces
    assert crew.label in decoded and "line break and windows" in decoded
    assert HOSTILE[4] in decoded  # the article title
    for alias in crew.alt_labels:
        assert " ".join("".join(" " if ord(c) < 32 else c for c in alias).split()) in decoded
    # the minted predicate with a backtick became a quoted relationship type
    assert "`SNEER_AT`" not in script and "[r:SNEER_AT]" in script


def test_hostile_text_in_csv_round_trips_on_one_line(tmp_path: Path) -> None:
    data, crew, depot = hostile_dataset()
    write_neo4j(data, tmp_path)
    rows = {r["iri:ID"]: r for r in read_csv(tmp_path / "entities.csv")}
    row = rows[str(entity_iri(crew.key))]
    assert row["name"] == crew.label
    aliases = row["altLabels:string[]"].split(ARRAY_DELIMITER)
    assert len(aliases) == len(crew.alt_labels)
    # line breaks and control characters become spaces; everything else is kept
    assert rows[str(entity_iri(depot.key))]["name"] == "line break and windows"
    assert 'back\\slash and \\" mixed' in aliases


def test_script_is_idempotent_by_construction(exported: Path) -> None:
    script = (exported / "graph.cypher").read_text(encoding="utf-8")
    statements = [line for line in script.splitlines() if line and not line.startswith("//")]
    assert all(s.startswith(("MERGE", "MATCH", "CREATE CONSTRAINT")) for s in statements)
    assert not [s for s in statements if s.startswith("CREATE (")]
    assert all("IF NOT EXISTS" in s for s in statements if s.startswith("CREATE"))
    assert script == cypher_script(*_collected())


def _collected():
    from newsgraph.neo4j import collect

    nodes, relations, mentions = collect(dataset())
    return nodes, [*relations, *mentions]
