"""Which names merge, on sentences of our own: a company's branch named by a country
("Valmart Polska") and the bare company name; "Valmart's Polish operation" and the
branch the article names; an interviewer's tag ("((PB))") and the publication whose
initials it is (benchmarks/merges.py)."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Span
from test_resolution import run, stmt

from newsgraph.demonyms import country_for_endonym
from newsgraph.models import Article
from newsgraph.resolution import resolve
from newsgraph.resolution.branches import join_place_branches
from newsgraph.resolution.clustering import Unions
from newsgraph.resolution.interviews import join_interviewer_tags
from newsgraph.resolution.keys import name_words
from newsgraph.resolution.state import ArticleState, Name

# ------------------------------------------------------------ a branch named by a country


def test_a_country_in_its_own_language_is_that_country():
    assert country_for_endonym("Polska").name == "Poland"
    assert country_for_endonym("Deutschland").name == "Germany"
    assert country_for_endonym("Group") is None
    assert country_for_endonym("Poland") is None  # an English name is no endonym


@pytest.mark.parametrize("branch", ["Valmart Polska", "Valmart Poland"])
def test_a_branch_named_by_its_country_is_the_bare_name_tied_nowhere_else(nlp, branch):
    text = (f"The retailer Valmart opened 300 stores in Poland last year. {branch} now "
            "employs 5,000 people, the company said.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Valmart", "open", "300 stores"), stmt(d, branch, "employ", "5,000 people")])
    [subject] = {s for s, _, _ in triples}
    assert {"Valmart", branch} <= {entities[subject].label, *entities[subject].alt_labels}


@pytest.mark.parametrize("text", [
    # the bare name tied to another country: the parent
    "The UK-based retailer Valmart opened 300 stores in Poland last year. Valmart Polska "
    "now employs 5,000 people.",
    "The British retailer Valmart opened 300 stores in Poland last year. Valmart Polska "
    "now employs 5,000 people.",
    # the parent's own part in the branch's country
    "The retailer Valmart opened 300 stores in Poland last year. Valmart's Polish "
    "operation lost money. Valmart Polska now employs 5,000 people.",
    # two branches: the bare name is the group
    "The retailer Valmart opened 300 stores in Poland last year. Valmart Polska now "
    "employs 5,000 people, and Valmart Denmark employs 2,000 people.",
])
def test_a_branch_stays_apart_from_a_bare_name_the_article_makes_its_parent(nlp, text):
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Valmart", "open", "300 stores"),
        stmt(d, "Valmart Polska", "employ", "5,000 people")])
    assert {s for s, _, _ in triples} == {"actor/valmart", "actor/valmart-polska"}


@pytest.mark.parametrize("first_label, joined", [("ORG", True), ("GPE", False)])
def test_a_place_the_model_once_calls_an_organization_has_no_branch(nlp, first_label,
                                                                     joined):
    # the model's labels given by hand: "Brisbane" a city once, then an organization
    doc = nlp("Ruiz moved to Brisbane. Brisbane won. Brisbane Australia hosts the games.")
    names = [Name.over(doc, 3, 4, first_label), Name.over(doc, 5, 6, "ORG"),
             Name.over(doc, 8, 10, "ORG")]
    assert [n.text for n in names] == ["Brisbane", "Brisbane", "Brisbane Australia"]
    unions = Unions(names)
    join_place_branches(doc, names, [[w.casefold() for w in name_words(n.text)]
                                     for n in names], unions)
    assert (unions.find(1) == unions.find(2)) is joined


def test_the_owners_part_in_a_country_is_the_branch_the_article_names(nlp):
    text = ("The UK-based retailer Valmart opened 300 stores in Poland. Valmart Polska cut "
            "staff in May. Valmart sold its Polish operation to Kerbo on Monday.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Valmart Polska", "cut", "staff"),
        stmt(d, "Valmart", "sell", "its Polish operation")])
    assert ("actor/valmart", "sell", "actor/valmart-polska") in triples
    assert "its Polish operation" in entities["actor/valmart-polska"].alt_labels


@pytest.mark.parametrize("phrase", [
    "its Polish stores",  # stores are no branch
    "its German operation",  # the branch the article names is in Poland
])
def test_another_part_of_the_owner_is_no_named_branch(nlp, phrase):
    text = ("The UK-based retailer Valmart opened 300 stores in Poland. Valmart Polska cut "
            f"staff in May. Valmart sold {phrase} to Kerbo on Monday.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Valmart Polska", "cut", "staff"), stmt(d, "Valmart", "sell", phrase)])
    [(_, _, thing)] = [t for t in triples if t[1] == "sell"]
    assert thing != "actor/valmart-polska"


# ------------------------------------------------------------ an interviewer's tag

_INTERVIEW = ("{outlets} interviewed Ana Ruiz, the mayor of Valdora, on Monday.\n\n"
              "((PB)) {first}\n\n((Ana Ruiz)) We will build a bridge.\n\n"
              "((PB)) When will it open?\n\n((Ana Ruiz)) Next year.\n")


def _tag_and_outlet(nlp, text):
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Pressbox", "interview", "Ana Ruiz"),
        stmt(d, "PB", "ask", "Ana Ruiz", nth=(0, 1))])
    return {s for s, _, _ in triples}


def test_the_asking_sides_tag_is_the_publication_it_abbreviates(nlp):
    text = _INTERVIEW.format(outlets="Pressbox", first="What are your plans for Valdora?")
    assert _tag_and_outlet(nlp, text) == {"actor/pressbox"}


@pytest.mark.parametrize("outlets, first", [
    # two names the tag could abbreviate: neither
    ("Pressbox and Pinboard", "What are your plans for Valdora?"),
])
def test_a_tag_two_names_could_abbreviate_stays_apart(nlp, outlets, first):
    text = _INTERVIEW.format(outlets=outlets, first=first)
    assert _tag_and_outlet(nlp, text) == {"actor/pressbox", "actor/pb"}


def test_a_tag_that_asks_nothing_stays_apart(nlp):
    text = ("Pressbox interviewed Ana Ruiz, the mayor of Valdora, on Monday.\n\n"
            "((PB)) Our readers wrote to us.\n\n((Ana Ruiz)) We will build a bridge.\n")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Pressbox", "interview", "Ana Ruiz"),
        stmt(d, "PB", "ask", "Ana Ruiz", nth=(0, 1))])
    assert {s for s, _, _ in triples} == {"actor/pressbox", "actor/pb"}


# ------------------------------------------------------------ an acronym of a longer title


def test_an_acronym_of_a_title_ending_in_a_place_is_no_name_of_it(nlp):
    text = ("According to Letters from Portugal (LFP), the mayor of Lisbon resigned. "
            "Portugal signed a treaty with Spain. LFP named two buyers.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Portugal", "sign", "a treaty"), stmt(d, "LFP", "name", "two buyers")])
    assert "LFP" not in entities["country/portugal"].alt_labels
    assert len({s for s, _, _ in triples}) == 2


def test_a_bracketed_acronym_of_the_name_itself_is_its_name(nlp):
    text = ("The Zembla Liberation Front (ZLF) attacked Valdora. On Monday, the ZLF "
            "attacked Borealis.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "The Zembla Liberation Front", "attack", "Valdora"),
        stmt(d, "the ZLF", "attack", "Borealis")])
    assert len({s for s, _, _ in triples}) == 1


@pytest.mark.parametrize("labels, joined", [
    (("ORG", ""), (True, False)),  # the model's organization over a word it left untagged
    (("", ""), (False, False)),  # two untagged words: neither
    (("", "GPE"), (True, False)),  # a place is no publication
])
def test_a_tag_prefers_the_name_the_model_tags_an_organization(nlp, labels, joined):
    text = ("Pressbox met Ana Ruiz. Printbase staff came.\n\n((PB)) Why?\n\n"
            "((Ana Ruiz)) Because.\n")
    doc = nlp(text)
    state = ArticleState(Article(id="a1", text=text), doc, None)
    tag = next(t.i for t in doc if t.text == "PB")
    names = [Name.over(doc, 0, 1, labels[0]), Name.over(doc, 5, 6, labels[1]),
             Name.over(doc, tag, tag + 1, "ORG")]
    assert [n.text for n in names] == ["Pressbox", "Printbase", "PB"]
    unions = Unions(names)
    join_interviewer_tags(state, names, [[w.casefold() for w in name_words(n.text)]
                                         for n in names], unions)
    assert (unions.find(2) == unions.find(0), unions.find(2) == unions.find(1)) == joined


@pytest.mark.parametrize("turns, kind", [
    ("I build boats in my shed.", "Person"),  # speaks as one: a person
    ("We build boats in our yard.", "Organization"),  # a body speaks as "we"
])
def test_a_speaker_tag_whose_turns_say_i_is_a_person(nlp, turns, kind):
    text = (f"Pressbox met Kelvar Boatworks on Monday.\n\n((PB)) What do you do?\n\n"
            f"((Kelvar Boatworks)) {turns}\n\n((PB)) Why?\n\n((Kelvar Boatworks)) {turns}\n")
    doc = nlp(text)
    spans = [doc.char_span(m.start(), m.end()) for m in re.finditer("Kelvar Boatworks", text)]
    doc.set_ents([Span(doc, s.start, s.end, label="ORG") for s in spans[:1]] +
                 [e for e in doc.ents if not any(e.start < s.end and s.start < e.end
                                                 for s in spans)])
    resolved = resolve(Article(id="a1", text=text), doc,
                       [stmt(doc, "Kelvar Boatworks", "meet", "Pressbox", nth=(0, 0))])
    found = {e.label: e.kind for e in resolved.entities}
    assert found.get("Kelvar Boatworks") == kind, found
