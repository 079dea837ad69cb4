"""Who speaks about whom (spoken_topics.py, rule "speech-topic").

Invented sentences parsed by the real model. A speaker comments on the named subject of
the clause its speech verb reports and on the name that clause's verb acts on, and on nothing
else in it.
"""

from __future__ import annotations

import pytest

from newsgraph.analysis import analyse
from newsgraph.extraction import RULES, extract
from newsgraph.models import Article
from newsgraph.spoken_topics import (
    ALLEGED_LEMMA,
    INTERVIEW_RULE,
    TOPIC_LEMMA,
    TOPIC_RULE,
    interviews,
    spoken_topics,
)
from newsgraph.vocabulary import property_for


def topics(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    found = spoken_topics(doc, extract(doc))
    assert all(e.rule == TOPIC_RULE and e.lemma in (TOPIC_LEMMA, ALLEGED_LEMMA) for e in found)
    return {(e.subject.text, e.object.text) for e in found if e.subject and e.object}


def test_the_rule_and_its_property_are_known():
    assert TOPIC_RULE in RULES
    prop = property_for(TOPIC_LEMMA)
    assert prop.label == "comments on" and not prop.minted
    assert prop.family == "statement"


@pytest.mark.parametrize(("text", "expected"), [
    ("Governor Ann Lee said Zembla had closed its northern border.",
     ("Governor Ann Lee", "Zembla")),
    ("The Kelso Trade Council told reporters the Valdoran Railways would raise its fares.",
     ("The Kelso Trade Council", "the Valdoran Railways")),
    ("Senator Tom Berg insisted that the Borduran army had crossed the river.",
     ("Senator Tom Berg", "the Borduran army")),
    # the words first, then who said them
    ("Zembla closed its border on Monday, Ann Lee said.", ("Ann Lee", "Zembla")),
    ('"Zembla closed its border," said Ann Lee.', ("Ann Lee", "Zembla")),
    # what is said of someone's thing is said about them
    ("Ann Lee announced Tom Kell's resignation on Monday.", ("Ann Lee", "Tom Kell")),
    ("Ann Lee said Zembla's army had crossed the border.", ("Ann Lee", "Zembla")),
    # or of the deed or lot of someone's that the words name
    ("The Zembla government announced the death of Tom Kell on Monday.",
     ("The Zembla government", "Tom Kell")),
    ("The death of oceanographer Tom Kell was announced on Friday by Dalton University.",
     ("Dalton University", "Tom Kell")),
    # a clause that names its own source
    ("According to the Zembla Times, the Valdoran Railways raised its fares.",
     ("the Zembla Times", "the Valdoran Railways")),
    # the person after a place the parser took for the source ("to Ohio"), not the place
    ("According to Ohio Senator Tom Berg, the Valdoran Railways raised its fares.",
     ("Senator Tom Berg", "the Valdoran Railways")),
])
def test_the_subject_of_the_reported_clause_is_the_topic(nlp, text, expected):
    assert expected in topics(nlp, text)


@pytest.mark.parametrize("text", [
    # a pronoun is too often the speaker or the speaker's side
    "Ann Lee said she would resign next week.",
    # a relative clause the parser hung on the speech verb: nothing she said
    'House of Lords Speaker Ann Lee commented on the matter — which the KBN noted as an '
    'unusual move by a Speaker — "However it is dressed up, it is blindingly obvious that '
    'the purpose of closing the House now would be to stop the House debating the treaty."',
    "The Kelso Trade Council said it had raised its fees.",
    # a comment not made, or only one that might have been
    "Ann Lee did not announce Tom Kell's resignation.",
    "Ann Lee may announce Tom Kell's resignation.",
    "Ann Lee did not say the Valdoran Railways would raise its fares.",
    "Ann Lee could have said the Valdoran Railways had raised its fares.",
    # a clause of its own before the speech verb, which the parser may hang on it
    "Tom Berg called the vote a farce; Ann Lee said it was fair.",
    # thought and forecast are no comment
    "Ann Lee thinks the Valdoran Railways will raise its fares.",
    "Tom Berg predicted the Borduran army would cross the river.",
])
def test_no_topic_without_a_speaker_and_a_named_clause_subject(nlp, text):
    assert topics(nlp, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Lee said she would visit Zembla next week.", ("Ann Lee", "Zembla")),
    ("Ann Lee said they would sue the Valdoran Railways.", ("Ann Lee", "the Valdoran Railways")),
    ("Ann Lee said she had met with Tom Kell in Dalton.", ("Ann Lee", "Tom Kell")),
    ('"We will beat the Valdoran Railways," Ann Lee said.',
     ("Ann Lee", "the Valdoran Railways")),
    # what is said of someone's thing is said about them
    ("Ann Lee said she would challenge Tom Kell's appointment in court.", ("Ann Lee", "Tom Kell")),
])
def test_the_name_a_reported_pronoun_acts_on_is_the_topic(nlp, text, expected):
    assert expected in topics(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Lee said the Valdoran police had arrested Tom Kell.", ("Ann Lee", "Tom Kell")),
    ("According to the Dalton Times, the rebels attacked Zembla.", ("the Dalton Times", "Zembla")),
])
def test_the_name_a_reported_clause_acts_on_is_a_topic_too(nlp, text, expected):
    assert expected in topics(nlp, text)


def test_a_name_in_a_phrase_of_the_reported_clause_is_no_topic(nlp):
    # where or with what the act was done is no one the speaker spoke of
    assert ("Ann Lee", "Dalton") not in topics(
        nlp, "Ann Lee said the Valdoran police had arrested a man in Dalton.")


@pytest.mark.parametrize("text", [
    "According to Reuters, she is not interested in the office.",
    "The Associated Press reported he had received surgery.",
])
def test_a_he_or_she_a_body_reports_is_the_topic(nlp, text):
    # a body is no "he" or "she": the pronoun is someone spoken of, whom the resolver finds
    assert {obj for _, obj in topics(nlp, text)} & {"she", "he"}


@pytest.mark.parametrize("text", [
    "Ann Lee said she is not interested in the office.",
    "The Associated Press reported they had left the city.",
    # a name that "said he" is far more often a person tagged a body than a body
    "The Associated Press said he had received surgery.",
])
def test_a_reported_pronoun_of_a_person_or_of_a_plural_is_no_topic(nlp, text):
    assert not {obj for _, obj in topics(nlp, text)} & {"she", "he", "they"}


@pytest.mark.parametrize(("text", "expected"), [
    ('Tom Reed wrote of Ann Lee, "She was kind."', ("Tom Reed", "Ann Lee")),
    ('Ann Lee said about Acme Corp: "Its fall was sad."', ("Ann Lee", "Acme Corp")),
    ("Ann Lee spoke of the death of Tom Reed.", ("Ann Lee", "Tom Reed")),
])
def test_words_said_of_someone_named_are_a_comment_on_them(nlp, text, expected):
    assert expected in topics(nlp, text)


@pytest.mark.parametrize("text", [
    "Ann Lee did not say of Tom Reed that he was kind.",
    "Ann Lee informed Tom Reed of the decision.",
    "Ann Lee thinks of Tom Reed as a friend.",
])
def test_no_comment_said_of_someone_not_said_or_told_to_them(nlp, text):
    assert not any(topic == "Tom Reed" for _, topic in topics(nlp, text))


@pytest.mark.parametrize("text", [
    # where the reported act happened is no topic
    "Ann Lee said he died in Zembla.",
    "Ann Lee said she lives at the Dalton Arena.",
    # a name deeper in the object's phrase
    "Ann Lee said she met the wife of Tom Kell.",
    # a forecast or a belief is no comment
    "Ann Lee thinks she will beat the Valdoran Railways.",
])
def test_no_topic_from_a_reported_pronoun_s_place_or_a_deeper_name(nlp, text):
    assert topics(nlp, text) == set()


def test_a_clause_before_the_speaker_that_opens_no_sentence_is_no_topic(nlp):
    found = topics(nlp, "Hours before Tom Berg resigned, Ann Lee said the Valdoran "
                        "Railways had raised its fares.")
    assert found == {("Ann Lee", "the Valdoran Railways")}


def test_a_clause_set_against_the_speakers_words_is_no_topic(nlp):
    # the parser hangs "reached" on "said" as if it were what was said
    found = topics(nlp, 'The Dalton Herald reached out to Tom Berg, one of the maintainers of '
                        'the script, however Berg said he "won\'t give any comments at this '
                        'time".')
    assert ("Berg", "The Dalton Herald") not in found
    assert not any(obj.endswith("Herald") for _, obj in found)


def test_a_clause_of_time_before_the_speaker_is_no_topic(nlp):
    # the parser hangs "voted" on "claimed" as if it were what was claimed
    found = topics(nlp, "On June 12, minutes before the Kelso Audit Board voted to refer "
                        "them to the full Assembly to be held in contempt, Tom Berg formally "
                        "claimed the files were subject to state secrecy.")
    assert found == {("Tom Berg", "the files")}


def test_a_sentence_the_parser_runs_on_into_is_no_topic(nlp):
    # the parser reads "expressed" as said by Lee, past the full stop and the quote
    found = topics(nlp, 'Lee said Berg broke the rules and "likes picking fights with '
                        'people, and losing them."  Democrats voiced anger with Berg over his '
                        'refusal to testify.')
    assert found == {("Lee", "Berg")}


def test_only_the_reported_clause_s_own_subject(nlp):
    # the relative clause's subject inside the reported clause is not what was spoken of
    found = topics(nlp, "Ann Lee said the company that Tom Berg founded had closed.")
    assert ("Ann Lee", "Tom Berg") not in found
    assert ("Ann Lee", "the company that Tom Berg founded") in found


def test_the_build_resolves_the_topic_to_its_entity(nlp):
    text = ("Zembla closed its border with Valdora on Monday. Valdoran Foreign Minister "
            "Ann Lee said Zembla had broken the treaty.")
    resolved = next(iter(analyse(nlp, [Article(id="t", source="t", text=text)])))
    labels = {e.key: e.label for e in resolved.entities}
    comments = {(labels[r.subject], labels[r.object]) for r in resolved.relations
                if r.property_label == "comments on"}
    assert comments == {("Ann Lee", "Zembla")}
    # the derived statement is described like every other: rule and surface verb kept
    made = [e for e in resolved.extractions if e.rule == TOPIC_RULE]
    assert [e.predicate for e in made] == ["said"]


def test_the_build_resolves_a_reported_he_to_the_person_spoken_of(nlp):
    text = ("Zembla's ambassador Ann Lee was attacked in Dalton on Monday. The Associated "
            "Press reported she had received surgery.")
    resolved = next(iter(analyse(nlp, [Article(id="t", source="t", text=text)])))
    labels = {e.key: e.label for e in resolved.entities}
    comments = {(labels[r.subject], labels[r.object]) for r in resolved.relations
                if r.property_label == "comments on"}
    assert comments == {("Associated Press", "Ann Lee")}


@pytest.mark.parametrize(("text", "expected"), [
    ("In an interview with the Dalton Times, Ann Lee said she would leave.",
     {("Ann Lee", "the Dalton Times")}),
    ("Tom Berg said in an interview with Radio Zembla that the talks had failed.",
     {("Tom Berg", "Radio Zembla")}),
    # words addressed to someone named, before or after the speaker, or set off
    ("Ann Lee, in remarks to the Dalton Times, said the plan had failed.",
     {("Ann Lee", "the Dalton Times")}),
    ("In a letter to the Dalton Times, Ann Lee said the plan had failed.",
     {("Ann Lee", "the Dalton Times")}),
    ("Ann Lee wrote in an e-mail to the Dalton Times that the plan had failed.",
     {("Ann Lee", "the Dalton Times")}),
    ("Speaking to the Dalton Times, Ann Lee said the plan had failed.",
     {("Ann Lee", "the Dalton Times")}),
    ("Ann Lee, speaking to the Dalton Times, said the plan had failed.",
     {("Ann Lee", "the Dalton Times")}),
    # a news medium named with its kind
    ("In an interview with Time magazine, public health expert Ann Lee said the name "
     "would stigmatize people.", {("Ann Lee", "Time")}),
    ("In remarks to the Agence France-Presse news service, Tom Kell of the Zembla Fund "
     'observed, "I have seen campaigns before."', {("Tom Kell", "Agence France-Presse")}),
    ("In an interview with the local newspaper, Ann Lee said she would leave.", set()),
    # a place before the medium says where it is, not whom she spoke to
    ("Ann Lee, in an interview with a Dayton, Ohio radio station, said she would run.",
     set()),
    ("Ann Lee stirred controversy during an interview with a local Tulsa, Oklahoma outlet.",
     set()),
    # no one named it was given to
    ("In an interview, Ann Lee said she would leave.", set()),
    ("In an interview with reporters, Ann Lee said she would leave.", set()),
    ("Speaking to reporters, Ann Lee said she would leave.", set()),
    # a site a post went to is where it was said, not whom it was said to
    ("In a post to Facebook, Ann Lee said she would leave.", set()),
    # a pronoun speaking to someone: coreference never makes it the one spoken to
    ("Speaking to the Dalton Times, he said the plan had failed.",
     {("he", "the Dalton Times")}),
    # a quote whose verb the parser makes the head: the one who says it speaks, not the
    # quote's subject
    ('Speaking to the Dalton Times, she said, "All of these efforts did not persuade the '
     'council leaders."', {("she", "the Dalton Times")}),
    # questions answered are questions someone named asked, also after what they were about
    ("Ann Lee answered questions from the Dalton Times.", {("Ann Lee", "the Dalton Times")}),
    ("Tom Berg, the Union Party's nominee, answered some questions about his campaign from "
     "Dalton Times reporter Kim Reyes.", {("Tom Berg", "Kim Reyes")}),
    ("Ann Lee answered questions from reporters.", set()),
    ("Ann Lee answered questions about aid from Zembla.", set()),
    ("Ann Lee did not answer questions from the Dalton Times.", set()),
    ("Ann Lee refused to answer questions from the Dalton Times.", set()),
    # speaking of someone is no speaking to them
    ("Speaking of the Dalton Times, Ann Lee said the plan had failed.", set()),
    # a thing talked over with someone named, or with a medium's nameless reporter
    ("Ann Lee discussed her career with the Dalton Times.", {("Ann Lee", "the Dalton Times")}),
    ("Ann Lee discussed her career and her life in Eastport with the Dalton Times.",
     {("Ann Lee", "the Dalton Times")}),
    ("Ann Lee discussed her career with a Dalton Times correspondent.",
     {("Ann Lee", "Dalton Times")}),
    ("Ann Lee discussed her career with Dalton Times reporter Kim Reyes.",
     {("Ann Lee", "Kim Reyes")}),
    ("Ann Lee did not discuss her career with the Dalton Times.", set()),
    ("Ann Lee will discuss her career with the Dalton Times.", set()),
    ("Ann Lee wants to discuss her career with the Dalton Times.", set()),
    ("Ann Lee discussed her career with reporters.", set()),
    # to discuss is mutual: with a person, who told whom is unclear
    ("Ann Lee discussed the plan with Tom Kell.", set()),
    ("The Dalton Times discussed the findings with Ann Lee.", set()),
    ("Kelso TV discussed with Ann Lee the start of the project.", set()),
    ("Wikiwire discussed the findings with Dr Ann Lee.", set()),
])
def test_an_interview_with_someone_named_is_speaking_to_them(nlp, text, expected):
    found = interviews(nlp(text))
    assert all(e.rule == INTERVIEW_RULE and property_for(e.lemma).label == "tells"
               for e in found)
    assert {(e.subject.text, e.object.text) for e in found if e.subject and e.object} == \
        expected
    assert INTERVIEW_RULE in RULES


@pytest.mark.parametrize("text", [
    "Ann Lee left the Union Party in May. In an interview with Kim Reyes, she said the "
    "party had failed.",
    "Ann Lee left the Union Party in May. Speaking to Kim Reyes, she said the party had "
    "failed.",
    'Ann Lee left the Union Party in May. Speaking to Kim Reyes, she said, "All of these '
    'efforts did not persuade the council leaders."',
])
def test_the_one_spoken_to_is_never_the_pronoun_that_speaks(nlp, text):
    resolved = next(iter(analyse(nlp, [Article(id="t", source="t", text=text)])))
    labels = {e.key: e.label for e in resolved.entities}
    told = {(labels[r.subject], labels[r.object]) for r in resolved.relations
            if r.property_label == "tells"}
    assert told == {("Ann Lee", "Kim Reyes")}


def test_an_allegation_accuses_the_doer(nlp):
    doc = nlp("Ann Lee alleged that Tom Kell took bribes. Ann Lee said that Zembla took bribes.")
    found = {(e.subject.text, e.lemma, e.object.text)
             for e in spoken_topics(doc, extract(doc)) if e.subject and e.object}
    assert ("Ann Lee", "accuse", "Tom Kell") in found
    assert ("Ann Lee", TOPIC_LEMMA, "Zembla") in found
    assert property_for("accuse").label == "accuses"


def test_a_source_of_someones_allegation_only_comments_on_them(nlp):
    # the Times reports Kell's allegation: it accuses no one
    doc = nlp("According to the Dalton Times, Tom Kell alleged that Zembla took bribes.")
    found = {(e.subject.text, e.lemma, e.object.text)
             for e in spoken_topics(doc, extract(doc)) if e.subject and e.object}
    assert ("the Dalton Times", TOPIC_LEMMA, "Tom Kell") in found
    assert not any(lemma == ALLEGED_LEMMA and source == "the Dalton Times"
                   for source, lemma, _ in found)


def test_a_place_before_a_named_source_is_never_the_source(nlp):
    found = topics(nlp, "According to Connecticut Senator Ann Lee, the Valdoran Railways "
                        "raised its fares.")
    assert not any(source == "Connecticut" for source, _ in found)
    assert not any(source == topic for source, topic in found)


def test_a_source_in_according_to_gives_no_topic_in_the_next_sentence(nlp):
    found = topics(nlp, "According to the Zembla Times, Ann Lee fled. Tom Kell was "
                        "arrested on Monday.")
    assert found == {("the Zembla Times", "Ann Lee")}


def test_an_owner_the_recognizer_splits_from_a_name_before_it_is_no_topic(nlp):
    # "Netflix Japan's" read as two names: the owner is neither alone
    found = topics(nlp, "Sky News reported Netflix Japan's delay of a new episode.")
    assert not any(topic in ("Japan", "Netflix") for _, topic in found)


def test_a_title_alone_owning_the_thing_said_is_no_topic(nlp):
    # "the Prime Minister" is the office's holder, whom the article names elsewhere
    found = topics(nlp, "The court said that the Prime Minister's advice to the Queen was "
                        "unlawful.")
    assert not any("Minister" in topic and "advice" not in topic for _, topic in found)


def test_a_clause_before_a_colon_is_not_what_was_reported(nlp):
    # the parser hangs "received" on "reported" as if it were what the paper reported
    found = topics(nlp, "Tom Berg received the news on Monday: the Dalton Times reported "
                        "that two sources confirmed an inquiry.")
    assert not any(topic == "Tom Berg" for _, topic in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a reported clause in the passive with no agent makes no statement of its own
    ("Ann Lee said Tom Kell had been arrested.", ("Ann Lee", "Tom Kell")),
    ("The Dalton Times reported that Tom Kell was flown to a hospital in Eastport.",
     ("The Dalton Times", "Tom Kell")),
    ("According to the Dalton Times, Tom Kell was flown to a hospital.",
     ("the Dalton Times", "Tom Kell")),
    # with an agent, the topic is still the one the clause is about
    ("The Dalton Times reported Ann Lee was aided by the votes of young farmers.",
     ("The Dalton Times", "Ann Lee")),
    # the words first, then who said them
    ("Tom Kell was arrested on Monday, Ann Lee said.", ("Ann Lee", "Tom Kell")),
])
def test_the_named_subject_of_a_reported_passive_is_the_topic(nlp, text, expected):
    assert expected in topics(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a reported clause that makes no statement of its own: no object, or only a state
    ("The Dalton Herald reported Ann Lee is to be sentenced in May.",
     ("The Dalton Herald", "Ann Lee")),
    ("Ann Lee said Tom Kell was happy with the result.", ("Ann Lee", "Tom Kell")),
    ("According to the Dalton Herald, Ann Lee is to be sentenced in May.",
     ("the Dalton Herald", "Ann Lee")),
    # the one who made the statement or report the source names
    ("Tom Kell, a former judge, died yesterday, according to a statement released by the "
     "Zembla Supreme Court.", ("the Zembla Supreme Court", "Tom Kell")),
    ("According to a 1989 report from the Zembla Safety Board, Tom Kell was involved in an "
     "incident in Eastport.", ("the Zembla Safety Board", "Tom Kell")),
    # the thing of a name's that the clause is about
    ("Tom Kell's phone was last active near the harbour, the Dalton Herald reported.",
     ("the Dalton Herald", "Tom Kell")),
    # a speaker named by a plain description, which the resolver decides
    ("On Tuesday, the German government said opposition leader Tom Kell was poisoned with "
     "a nerve agent.", ("the German government", "Tom Kell")),
])
def test_a_reported_clause_without_a_statement_still_has_its_topic(nlp, text, expected):
    assert expected in topics(nlp, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a name in a clause of time inside what was said is no topic
    ("Kovalchuk also said that, after the first Zembla Games, a club of young doctors "
     "formed on social networks.", "Zembla Games"),
    # the parser joined a second subject to the name: which of them spoke is unclear
    ('"Tom was the most brilliant man I have known," said Dalton University, Eastport\'s '
     'chancellor, Ann Lee.', None),
])
def test_no_topic_from_a_misread_clause_or_speaker(nlp, text, wrong):
    found = topics(nlp, text)
    assert not any(topic == wrong for _, topic in found)
    assert not any(source == "Dalton University" for source, _ in found)


@pytest.mark.parametrize("text", [
    "The Dalton Times reported two separate police sources confirmed an inquiry into Tom Kell.",
    "Zembla TV reported sources close to Ann Lee said she would resign.",
    "The Dalton Times reported two Valdoran sources had confirmed the deal.",
])
def test_the_sources_who_passed_the_words_on_are_no_topic(nlp, text):
    assert not any("sources" in topic for _, topic in topics(nlp, text))


@pytest.mark.parametrize("text", [
    # the person, not the owner of the title
    "Zembla's president Ann Lee said Tom Kell is to be sentenced in May.",
    "Following the vote, a Zembla Department of State spokesperson, Ann Lee, indicated "
    "Tom Kell was disappointed by the decision.",
])
def test_the_name_a_description_speaker_gives_is_the_speaker(nlp, text):
    assert ("Ann Lee", "Tom Kell") in topics(nlp, text)
    assert not any("Zembla" in source for source, _ in topics(nlp, text))


@pytest.mark.parametrize("text", [
    "Ann Lee did not say Tom Kell had been arrested.",
    "Ann Lee thinks Tom Kell will be elected.",
    "Ann Lee said she had been arrested.",
    # the agent of a passive inside the reported clause is not what was spoken of
    "Ann Lee said the company that was founded by Tom Kell had closed.",
])
def test_no_passive_topic_without_a_comment_made_on_a_name(nlp, text):
    assert not any(topic in ("Tom Kell", "she") for _, topic in topics(nlp, text))


def test_a_clause_parsed_with_two_subjects_gives_no_passive_topic(nlp):
    # "Zed Lee according to the Kelso Times, it was arrested": the parser made the name
    # before the source a second subject of "arrested", in a fragment that says nothing of it
    from spacy.tokens import Doc

    from newsgraph.spoken_topics import _clause_topics

    words = ["Zed", "Lee", "according", "to", "Kelso", "Times", ",", "it", "was", "arrested",
             "."]
    heads = [1, 9, 9, 2, 5, 3, 9, 9, 9, 9, 9]
    deps = ["compound", "nsubjpass", "prep", "prep", "compound", "pobj", "punct",
            "nsubjpass", "auxpass", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PRON", "AUX", "VERB",
           "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert list(_clause_topics(doc)) == []
    # the same clause with one subject names its topic
    one = Doc(nlp.vocab, words=words[:6] + words[6:7] + words[8:],
              heads=[1, 8, 8, 2, 5, 3, 8, 8, 8, 8], deps=deps[:7] + deps[8:],
              pos=pos[:7] + pos[8:], ents=ents[:7] + ents[8:])
    assert [(s.text, t.text) for s, _, t, _ in _clause_topics(one)] == [
        ("Kelso Times", "Zed Lee")]


def test_one_comment_per_topic_of_a_sentence(nlp):
    # the statement's source ("broadcaster") and the parse's speaker (the name) are one
    doc = nlp("The previous day, television broadcaster Zembla TV revealed that Tom Kell "
              "had accepted responsibility, and that Tom Kell was arrested.")
    found = [e for e in spoken_topics(doc, extract(doc)) if e.object.text == "Tom Kell"]
    assert len({e.object.start for e in found}) == len(found)


def test_a_named_source_is_no_report_of_the_place_after_it(nlp):
    # "Notes from Zembla" is a publication's name, not notes made by Zembla
    found = topics(nlp, "According to Notes from Zembla, Tom Kell resigned on Monday.")
    assert not any(source == "Zembla" for source, _ in found)


def test_a_reporter_named_after_the_words_is_no_topic_of_the_first_speaker(nlp):
    found = topics(nlp, "A Greek official said that the new pipeline makes the old plan "
                        "unnecessary, the Dalton Times reported.")
    assert not any(o.endswith("Dalton Times") for _, o in found)
    # a reported clause of its own still gives its topic
    assert ("Ann Lee", "Acme") in topics(nlp, "Ann Lee said Acme had sold the plant.")


@pytest.mark.parametrize(("text", "speaker"), [
    ('Ann Lee left the Union Party in May. Speaking to the Dalton Times, she said, "All '
     'of these efforts did not persuade the council leaders."', "she"),
    ('Speaking to Radio Zembla, Ann Lee said, "His fellow reporters did their best so '
     'that no one could push this under the carpet."', "Ann Lee"),
])
def test_the_one_who_says_the_quote_speaks_not_the_quote_s_subject(nlp, text, speaker):
    doc = nlp(text)
    found = {e.subject.text for e in [*extract(doc), *interviews(doc)]
             if e.lemma == "speak to" and e.subject and e.object}
    assert found == {speaker}


@pytest.mark.parametrize(("text", "expected"), [
    # a speech verb whose preposition names a thing of someone's
    ("Ann Lee commented on the Kelso Trade Council's decision.",
     ("Ann Lee", "the Kelso Trade Council")),
    ("Ann Lee remarked on Tom Kell's jeans.", ("Ann Lee", "Tom Kell")),
    ("Ann Lee spoke about Tom Kell's arrest on Monday.", ("Ann Lee", "Tom Kell")),
    # words put out about a name or a thing of a name's
    ("The Kelso Trade Council released a statement addressing Tom Kell's arrest.",
     ("The Kelso Trade Council", "Tom Kell")),
    ("Ann Lee issued a statement on Tom Kell's treatment.", ("Ann Lee", "Tom Kell")),
    ("Ann Lee voiced concern over Zembla's plan to close the border.", ("Ann Lee", "Zembla")),
    ("Ann Lee expressed sadness at the death of Tom Kell.", ("Ann Lee", "Tom Kell")),
    # or reporting a clause about one
    ("The Kelso Trade Council issued a statement that Tom Kell had resigned.",
     ("The Kelso Trade Council", "Tom Kell")),
    ("Ann Lee issued a statement saying Tom Kell has been given zinc and vitamin D.",
     ("Ann Lee", "Tom Kell")),
])
def test_words_about_a_name_or_its_thing_comment_on_the_name(nlp, text, expected):
    assert expected in topics(nlp, text)


@pytest.mark.parametrize("text", [
    # where the words were put out, or for whom, is not what they are about
    "Ann Lee issued a statement on Twitter.",
    "The Kelso Trade Council released a statement at the Zembla Embassy.",
    "Ann Lee spoke on Tom Kell's behalf.",
    "Ann Lee commented on Tom Kell's blog.",
    # telling someone of something, and words not put out
    "Ann Lee informed Tom Kell of Zembla's decision.",
    "Ann Lee did not issue a statement on Tom Kell's arrest.",
    "Ann Lee will issue a statement on Tom Kell's arrest.",
    # a relative clause, a time, a pronoun: no clause the words report about a name
    "The Kelso Trade Council released a statement which Tom Kell had written.",
    "The Kelso Trade Council issued a statement after Tom Kell resigned.",
    "The Kelso Trade Council released a statement not saying whether Tom Kell had resigned.",
])
def test_no_comment_on_a_name_the_words_are_not_about(nlp, text):
    assert not any("Kell" in topic or "Zembla" in topic or "Twitter" in topic
                   for _, topic in topics(nlp, text))


def test_the_name_beside_a_described_speaker_puts_out_the_words(nlp):
    found = topics(nlp, "The Zembla government spokesperson, Ann Lee, issued a statement on "
                        "Tom Kell's arrest.")
    assert found == {("Ann Lee", "Tom Kell")}


@pytest.mark.parametrize(("text", "expected"), [
    # the one quoted speaks, not the source that quotes her
    ("The Kelso Times quoted Ann Lee as saying that Acme had failed.", {("Ann Lee", "Acme")}),
    ('Politico quoted Tom Kell as saying "Acme has an important role in the response."',
     {("Tom Kell", "Acme")}),
])
def test_one_quoted_as_saying_speaks(nlp, text, expected):
    assert topics(nlp, text) == expected


@pytest.mark.parametrize(("text", "owner", "topic"), [
    # a body of its own is no lot of the place that owns it
    ("Zembla's biggest bank has cut 500 jobs, Ann Lee said.", "Zembla", False),
    ("Zembla's financial regulator fined Acme, Ann Lee said.", "Zembla", False),
    # a country's government acts for it, and a thing of someone's is its owner's lot
    ("Zembla's government has closed the border, Ann Lee said.", "Zembla", True),
    ("Tom Kell's phone was off, Ann Lee said.", "Tom Kell", True),
])
def test_a_place_is_no_topic_of_words_about_a_body_of_its_own(nlp, text, owner, topic):
    assert (("Ann Lee", owner) in topics(nlp, text)) is topic
