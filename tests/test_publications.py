"""Where a work appeared (publications.py, rule "published-in"). Invented sentences parsed
by the real model."""

from __future__ import annotations

import pytest

from newsgraph.extraction import RULES, extract
from newsgraph.publications import PUBLISH_IN, PUBLISHED_RULE, publications


def published(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    found = publications(doc, extract(doc))
    assert all(e.rule == PUBLISHED_RULE and e.lemma == PUBLISH_IN for e in found)
    return {(e.subject.text, e.object.text) for e in found if e.subject and e.object}


def test_the_rule_is_known():
    assert PUBLISHED_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    # a phrase set before the clause names the clause's own work
    ("In findings published last month in Current Biology, neuroscientists from the Kelso "
     "Institute examined harm aversion.",
     {("neuroscientists from the Kelso Institute", "Current Biology")}),
    ("In findings published on Wednesday in the journal Current Biology, an international "
     "team of scientists report that birds were captured.", {("scientists", "Current Biology")}),
    # a verb of publishing and where it put the work
    ("The researchers published their findings in Nature Sustainability.",
     {("The researchers", "Nature Sustainability")}),
    ("The astronomers published their study in the journal Astronomy & Astrophysics last "
     "month.", {("The astronomers", "Astronomy & Astrophysics")}),
])
def test_the_journal_a_work_appeared_in_is_published_in(nlp, text, expected):
    assert published(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a place or a time, not a journal
    "The researchers published their findings in Germany in May.",
    # a name the recognizer cut ("PLOS" a name, "ONE" not): no node named "ONE"
    "In findings published on Wednesday in the journal PLOS ONE, an international team of "
    "scientists report that birds were captured.",
    # not done
    "The researchers did not publish their findings in Nature Sustainability.",
    "The researchers plan to publish their findings in Nature Sustainability.",
    # a piece a journalist may have written: its clause's subject published nothing
    "In an article published in the Kelso Times, the minister was quoted.",
    "In a report published in the Kelso Times, Ann Lee said the plan had failed.",
])
def test_nothing_published_where_the_text_says_none(nlp, text):
    assert published(nlp, text) == set()
