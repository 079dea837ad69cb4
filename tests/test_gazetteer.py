"""Loading users' gazetteers (CSV and Turtle) and their errors."""

from __future__ import annotations

import pytest

from newsgraph.errors import InputError
from newsgraph.gazetteer import Gazetteer, GazetteerEntry, build_gazetteer, kind_of, load_gazetteer


def test_csv_with_header_groups_aliases_by_name(tmp_path):
    path = tmp_path / "known.csv"
    path.write_text("name,alias,type\n"
                    "Popular Mobilization Forces,PMF,ArmedGroup\n"
                    "Popular Mobilization Forces,Hashd,armed group\n"
                    "\"Smith, Jones & Co\",,Organization\n"
                    "Lake Vostok,,\n", encoding="utf-8")
    gazetteer = load_gazetteer(path)
    entry = gazetteer.lookup("the hashd")
    assert entry == GazetteerEntry("Popular Mobilization Forces", "ArmedGroup", ("Hashd", "PMF"))
    assert gazetteer.lookup("PMF") == entry
    assert gazetteer.lookup("Smith, Jones & Co").kind == "Organization"
    assert gazetteer.lookup("Lake Vostok").kind == ""
    assert gazetteer.lookup("Lake Baikal") is None


def test_csv_without_header(tmp_path):
    path = tmp_path / "known.csv"
    path.write_text("Jean Dupont,J. Dupont,Person\n", encoding="utf-8")
    assert load_gazetteer(path).lookup("J. Dupont").name == "Jean Dupont"


def test_turtle_labels_alt_labels_and_types(tmp_path):
    path = tmp_path / "known.ttl"
    path.write_text("""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix schema: <https://schema.org/> .
        @prefix ex: <http://example.org/> .
        ex:pmf a ex:ArmedGroup ; rdfs:label "Popular Mobilization Forces" ;
            skos:altLabel "PMF", "Hashd" .
        ex:jd a schema:Person ; rdfs:label "Jean Dupont" .
        ex:nolabel a schema:Person .
    """, encoding="utf-8")
    gazetteer = load_gazetteer(path)
    assert gazetteer.lookup("Hashd") == GazetteerEntry(
        "Popular Mobilization Forces", "ArmedGroup", ("Hashd", "PMF"))
    assert gazetteer.lookup("Jean Dupont").kind == "Person"
    assert len(gazetteer.entries) == 2


@pytest.mark.parametrize("name, content, message", [
    ("bad.csv", "Jean Dupont,,Spaceship\n", "unknown type 'Spaceship'"),
    ("bad.csv", ",alias,Person\n", "empty name"),
    ("bad.csv", "a,b,Person,extra\n", "4 columns"),
    ("bad.csv", "name,alias,type\n", "holds no entities"),
    ("bad.csv", "X,,Person\nX,,Country\n", "two types"),
    ("bad.ttl", "this is not turtle", "cannot parse gazetteer"),
    ("bad.json", "{}", "unknown format"),
    # the csv module's field limit is 131,072 characters
    ("big.csv", "name,alias,type\nAcme," + "x" * 140_000 + ",Organization\n",
     "line 2: not readable as CSV"),
])
def test_bad_files_raise_one_line_input_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gazetteer(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_gazetteer(tmp_path / "nope.csv")


def test_binary_csv_is_an_input_error(tmp_path):
    path = tmp_path / "bin.csv"
    path.write_bytes(b"\xff\xfe\x00\x81\x00")
    with pytest.raises(InputError):
        load_gazetteer(path)


@pytest.mark.parametrize("text, kind", [
    ("Person", "Person"), ("person", "Person"), ("armed_group", "ArmedGroup"),
    ("https://w3id.org/newsgraph/ontology#Government", "Government"),
    ("https://schema.org/Organization", "Organization"), ("Car", None),
])
def test_kind_of(text, kind):
    assert kind_of(text) == kind


def test_build_gazetteer_is_order_independent():
    rows = [("A Corp", "AC", "Organization"), ("B Party", "", "Organization")]
    assert build_gazetteer(rows) == build_gazetteer(list(reversed(rows)))
    assert isinstance(build_gazetteer(rows), Gazetteer)
