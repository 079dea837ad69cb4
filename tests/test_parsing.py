"""The pipeline loader and its deferred lemmatizer: the same lemmas, made on demand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from conftest import SHAPED_SENTENCES as SENTENCES
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.analysis import parse_whole
from newsgraph.extraction import extract
from newsgraph.parsing import (
    DEFAULT_MODEL,
    WHOLE_WORDS,
    _tokenizer_override,
    defer_lemmatizer,
    join_pieces,
    lemma_of,
    load_pipeline,
    mend_called_judgments,
    mend_contact_relatives,
    mend_perfect_participles,
    mend_verbless_clauses,
    pieces,
)

SOURCE = Path(__file__).resolve().parents[1] / "src" / "newsgraph"


def test_default_pipeline_defers_its_lemmatizer(nlp) -> None:
    assert "lemmatizer" not in nlp.pipe_names
    assert {"parser", "ner"} <= set(nlp.pipe_names)


@pytest.mark.parametrize("text", SENTENCES)
def test_lazy_lemmas_are_the_lemmatizers(nlp, full_nlp, text: str) -> None:
    lazy = nlp(text)
    eager = full_nlp(text)
    assert [lemma_of(t) for t in lazy] == [t.lemma_ for t in eager]
    assert [t.lemma_ for t in lazy] == [t.lemma_ for t in eager]  # now written on the tokens


@pytest.mark.parametrize("pipeline", ["nlp", "full_nlp"])
def test_a_verbs_silent_e_is_kept(pipeline: str, request: pytest.FixtureRequest) -> None:
    doc = request.getfixturevalue(pipeline)(
        "She hopes he rides home. It rates them and fixes cars, and he goes.")
    verbs = {t.text: lemma_of(t) for t in doc if t.tag_ == "VBZ"}
    assert verbs == {"hopes": "hope", "rides": "ride", "rates": "rate", "fixes": "fix",
                     "goes": "go"}


@pytest.mark.parametrize("pipeline", ["nlp", "full_nlp"])
def test_a_short_verbs_silent_e_is_kept_before_ed(pipeline: str,
                                                   request: pytest.FixtureRequest) -> None:
    # one syllable, one vowel, one consonant: "pin" would double it ("pinned")
    doc = request.getfixturevalue(pipeline)(
        "The court fined the firm, and he dined late. She opened it and stopped, and it "
        "rained.")
    verbs = {t.text: lemma_of(t) for t in doc if t.tag_ in ("VBD", "VBN")}
    assert verbs == {"fined": "fine", "dined": "dine", "opened": "open", "stopped": "stop",
                     "rained": "rain"}


def test_an_unknown_verb_gets_no_added_e(nlp) -> None:
    # the rule lemmatizer guesses "underwhelme" and "defunde" for verbs it does not know
    doc = nlp("The turnout was underwhelming with empty seats visible. They defunded the "
              "unit, prepped the team, livestreamed the vote and upcycled the crates. It "
              "outranged them and unsettled me, and she tasted it.")
    verbs = {t.text: lemma_of(t) for t in doc if t.tag_ in ("VBG", "VBD", "VBN")
             and t.lower_ != "was"}
    assert verbs == {"underwhelming": "underwhelm", "defunded": "defund", "prepped": "prep",
                     "livestreamed": "livestream", "upcycled": "upcycle",
                     "outranged": "outrange", "unsettled": "unsettle", "tasted": "taste"}


def test_the_model_is_loaded_once_whether_named_or_not(nlp) -> None:
    # a build names its model; a loader called without one must hand back the same pipeline
    assert load_pipeline(DEFAULT_MODEL) is nlp
    assert load_pipeline() is nlp


def test_lazy_lemma_is_made_on_first_use(nlp) -> None:
    doc = nlp("Militants attacked the convoys.")
    verb = doc[1]
    assert verb.lemma_ == ""  # the deferred lemmatizer has not run
    assert lemma_of(verb) == "attack"
    assert verb.lemma_ == "attack"


def test_hand_built_doc_keeps_its_own_lemmas() -> None:
    doc = Doc(English().vocab, words=["troops", "left"], lemmas=["troop", "leave"])
    assert [lemma_of(t) for t in doc] == ["troop", "leave"]
    bare = Doc(English().vocab, words=["troops", "left"])
    assert [lemma_of(t) for t in bare] == ["", ""]  # no lemmatizer known for this vocab


def test_overwriting_lemmatizer_stays_in_the_pipeline() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.get_pipe("lemmatizer").overwrite = True
    assert not defer_lemmatizer(nlp)
    assert "lemmatizer" in nlp.pipe_names
    assert nlp("Troops left.")[0].lemma_ == "troop"


def test_lemmatizer_followed_by_an_unknown_component_stays() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("sentencizer", last=True)  # a component that might read lemmas
    assert not defer_lemmatizer(nlp)
    assert "lemmatizer" in nlp.pipe_names


def test_the_tokenizer_built_bare_is_the_pipelines_own(nlp, full_nlp) -> None:
    whole = {form for word in WHOLE_WORDS for form in (word, word.capitalize())}
    ours = {k: v for k, v in nlp.tokenizer.rules.items() if k not in whole}
    assert ours == full_nlp.tokenizer.rules
    for part in ("prefix_search", "suffix_search", "url_match"):
        assert getattr(nlp.tokenizer, part).__self__.pattern == \
            getattr(full_nlp.tokenizer, part).__self__.pattern
    # the infixes are the pipeline's own, but for a hyphen after one of JOINED_PREFIXES
    assert nlp.tokenizer.infix_finditer.__self__.pattern.endswith(
        f"(?:{full_nlp.tokenizer.infix_finditer.__self__.pattern})")
    # (a hyphen the infixes cut; "e-mail" is one of WHOLE_WORDS, kept whole on purpose)
    text = "Don't send the U.S. envoy at a@b.org :) on 12/3, y'all; see https://x.org/a?b=c-d."
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in full_nlp.tokenizer(text)]


def test_a_pipeline_with_another_tokenizer_is_built_as_it_says(tmp_path: Path) -> None:
    assert _tokenizer_override(DEFAULT_MODEL)  # spaCy's own: built bare, loaded from disk
    (tmp_path / "config.cfg").write_text(
        '[nlp]\nlang = "zh"\ntokenizer = {"@tokenizers":"spacy.zh.ChineseTokenizer"}\n')
    assert _tokenizer_override(str(tmp_path)) == {}
    assert _tokenizer_override(str(tmp_path / "absent")) == {}


def test_pipeline_without_lemmatizer_still_extracts(tmp_path: Path) -> None:
    path = tmp_path / "no-lemmatizer"
    spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"]).to_disk(path)
    nlp = load_pipeline(str(path))
    assert "lemmatizer" not in nlp.pipe_names
    assert not defer_lemmatizer(nlp)
    doc = nlp("Rebel fighters attacked the convoy on Monday.")
    assert lemma_of(doc[2]) == ""  # nothing makes lemmas: the pipeline's own behaviour
    found = extract(doc)
    assert any(e.subject is not None and e.subject.text == "Rebel fighters" and
               e.object is not None and e.object.text == "the convoy" for e in found)


def test_library_reads_lemmas_only_through_lemma_of() -> None:
    """With the lemmatizer deferred, `token.lemma_` is empty until `lemma_of` has made it."""
    direct = [f"{path.name}:{number}"
              for path in sorted(SOURCE.glob("*.py")) if path.name != "parsing.py"
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if re.search(r"\.lemma_\b", line.split("#")[0])]
    assert direct == [], f"use newsgraph.parsing.lemma_of(token) instead of token.lemma_: {direct}"


@pytest.mark.parametrize(
    "text, limit",
    [
        ("short text", 100),
        ("one\ntwo\n\nthree\nfour\n\n\nfive", 6),
        ("a very long line without a break " * 5 + "\nend", 20),
        ("no break at all " * 10, 20),
        ("x\n" * 50, 7),
        ("\n" * 50, 7),
        ("Rain fell. " * 1000, 100),  # one long line of sentences
        ("x" * 1000, 64),  # not even a space
    ],
)
def test_pieces_join_back_into_the_text_and_none_is_over_the_limit(text: str, limit: int) -> None:
    parts = pieces(text, limit)
    assert "".join(parts) == text
    assert all(0 < len(part) <= limit for part in parts)


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        # after a line break, with the blank lines that follow it
        ("one\ntwo\n\nthree", 9, ["one\ntwo\n\n", "three"]),
        # a line longer than the limit: after the last sentence end that fits
        ("He came. She went. They stayed.", 20, ["He came. She went. ", "They stayed."]),
        ('"Go!" he said. She went.', 16, ['"Go!" he said. ', "She went."]),
        # no sentence end: after a space; no space: anywhere
        ("no sentence end here at all", 10, ["no ", "sentence ", "end here ", "at all"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ],
)
def test_pieces_end_at_the_best_boundary_within_the_limit(
    text: str, limit: int, expected: list[str]
) -> None:
    assert pieces(text, limit) == expected


def test_a_long_article_parsed_in_pieces_is_one_doc_with_the_same_text() -> None:
    nlp = load_pipeline()
    paragraph = (
        "The ministry said on Monday that rebel fighters attacked a fuel convoy near the "
        "border. Police arrested two men in the capital.\n\n"
    )
    text = paragraph * 12
    parts = pieces(text, 400)
    assert len(parts) > 3
    doc = join_pieces(list(nlp.pipe(parts)))
    assert doc.text == text and len(list(doc.sents)) == 24
    whole = nlp(text)
    assert [t.text for t in doc] == [t.text for t in whole]
    assert [(e.start_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.label_) for e in whole.ents
    ]
    assert len(extract(doc)) == len(extract(whole)) > 0


def test_a_prefixed_verb_is_one_word(nlp):
    # cut at its hyphen, "co-founded" parsed with "co" as the verb
    doc = nlp("Vera Lind co-founded the union. Co-founders met.")
    words = {t.text: t for t in doc}
    assert "co-founded" in words and "Co-founders" in words
    assert lemma_of(words["co-founded"]) == "co-found"
    assert words["co-founded"].pos_ == "VERB"


@pytest.mark.parametrize(("text", "word", "lemma", "head"), [
    # read cut at the hyphen, "co" was the object of "thanked" and Reddick hung elsewhere
    ("Ann Lee thanked her co-star Tom Reddick.", "star", "star", "Reddick"),
    # read cut, "re" was the verb and "signed" hung on it
    ("Tom Kell re-signed for Marlow United.", "signed", "sign", "signed"),
    ("His ex-wives sued him.", "wives", "wife", "sued"),
    ("Ann Lee co-wrote the song.", "wrote", "write", "wrote"),
    ("Tom Kell, the vice-chairman of Acme, resigned.", "chairman", "chairman", "Kell"),
    ("Anti-government protesters marched.", "government", "government", "protesters"),
])
def test_a_word_with_a_prefix_is_read_whole_and_cut_after(nlp, text, word, lemma, head):
    assert any("-" in t.text for t in nlp.tokenizer(text))  # read whole
    doc = nlp(text)
    words = {t.text: t for t in doc}
    assert word in words and not any(len(t.text) > 1 and "-" in t.text for t in doc)
    found = words[word]
    assert lemma_of(found) == lemma and found.head.text == head
    prefix, hyphen = doc[found.i - 2], doc[found.i - 1]
    assert hyphen.text == "-" and prefix.head == found and hyphen.head == found
    assert [t.text_with_ws for t in doc] and doc.text == text  # the text is as written


def test_a_word_cut_after_the_parse_keeps_its_sentences_and_dependents(nlp):
    doc = nlp("Ann Lee thanked her co-star. Tom Kell left. The ex-wife of Kell spoke.")
    assert [s.text for s in doc.sents] == [
        "Ann Lee thanked her co-star.", "Tom Kell left.", "The ex-wife of Kell spoke."]
    wife = next(t for t in doc if t.text == "wife")
    assert {c.text for c in wife.children} >= {"ex", "-", "The", "of"}
    assert len(doc.tensor) == len(doc)  # (spaCy's split adds rows; pieces join by row)


def test_a_name_after_a_prefix_stays_a_word_of_its_own(nlp):
    # "anti-Kell": the name is still a word, cut by the tokenizer; a word "taco" is no prefix
    words = [t.text for t in nlp.tokenizer("The anti-Kell march and the taco-truck left.")]
    assert "Kell" in words and "anti-Kell" not in words
    assert "taco-truck" not in words


def test_an_e_mail_is_one_word(nlp):
    # cut at its hyphen, "e" is the noun "in an" heads and "mail" a second object
    doc = nlp("Vera Lind wrote in an e-mail to the Dalton Times. E-mails were sent.")
    words = {t.text: t for t in doc}
    assert "e-mail" in words and "E-mails" in words
    assert lemma_of(words["E-mails"]) == "e-mail"


def test_a_blank_line_ends_a_sentence(nlp) -> None:
    # a credit line runs into the next paragraph unless the blank line ends it
    text = ("\"We condemn this killing,\" she said.\n\n-Ana Ruiz, of the Press Union\n\n"
            "Karim Haddad, who wrote for several newspapers, supported the reform.")
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert "Karim Haddad, who wrote for several newspapers, supported the reform." in sentences
    assert not any("Press Union" in s and "Haddad" in s for s in sentences)
    # one line break is no paragraph's end (a hard-wrapped text)
    wrapped = nlp("The minister said the plan\nwould go ahead in May.")
    assert len(list(wrapped.sents)) == 1


@pytest.mark.parametrize("text", [
    "On Monday, the Valdoran Prime Minister Ivo Marek  promised to reopen the bridge.",
    "The  minister said\tthe talks  would resume.\n\nRebels  attacked a convoy  near Tarsk.",
    # a word the pipeline cuts after the parse, beside a dropped space
    "Ann Lee  thanked her co-star  Tom Reddick, the ex-wife of  Ivo Marek.",
])
def test_extra_spaces_within_a_line_are_parsed_as_one(nlp, text: str) -> None:
    # a second space is a token of its own, which the parser reads otherwise: the name
    # before it an apposition, the title before the name the subject
    [(doc, _)] = list(parse_whole(nlp, [(text, None)], 1))
    single = nlp(re.sub(r"(?<=\S)[ \t]+(?=\S)", " ", text))
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in nlp(text)]
    words = [t for t in doc if not t.is_space or "\n" in t.text]
    assert [(t.text, t.dep_, t.head.text, t.ent_type_) for t in words] == [
        (t.text, t.dep_, t.head.text, t.ent_type_) for t in single if not t.is_space or
        "\n" in t.text]
    assert all(t.head == doc[t.i - 1] for t in doc if t.is_space and "\n" not in t.text)
    assert len(list(doc.sents)) == len(list(single.sents))


def test_a_space_inside_a_name_stays_in_it(nlp) -> None:
    text = "Minister Ivo  Marek arrived in Tarsk on Monday."
    [(doc, _)] = list(parse_whole(nlp, [(text, None)], 1))
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Ivo  Marek"]


def test_a_title_before_a_name_and_two_spaces_still_gives_the_post(nlp) -> None:
    from newsgraph.analysis import analyse
    from newsgraph.models import Article

    text = "On Wednesday, the Polish President Ivo Marek  pledged to reopen the museum."
    resolved = next(analyse(nlp, [Article(id="spaces", text=text)]))
    assert ("actor/ivo-marek", "leads", "country/poland") in {
        (r.subject, r.property, r.object) for r in resolved.relations}


def test_a_long_text_with_extra_spaces_in_some_pieces_is_one_doc(nlp, monkeypatch) -> None:
    import newsgraph.analysis as analysis

    monkeypatch.setattr(analysis, "pieces", lambda text: pieces(text, 120))
    text = ("Rebel fighters attacked a fuel convoy near the border on Monday.\n"
            "Police  arrested two men in the capital.\n") * 3
    [(doc, _)] = list(parse_whole(nlp, [(text, None)], 4))
    assert doc.text == text and len(list(doc.sents)) == 6


def test_a_space_after_a_full_stop_stays_for_the_parser(nlp) -> None:
    text = "Police arrested two men.  Rebels attacked a convoy."
    [(doc, _)] = list(parse_whole(nlp, [(text, None)], 1))
    assert [t.dep_ for t in doc] == [t.dep_ for t in nlp(text)]


def _acts(doc: Doc) -> set[tuple[str | None, str, str | None]]:
    return {(e.subject.text if e.subject else None, e.lemma, e.object.text if e.object else None)
            for e in extract(doc)}


def test_a_perfect_read_as_owning_an_adjective_is_mended(nlp) -> None:
    # the small model reads "have" as owning "swept rebels": nothing says what troops did
    doc = nlp("Troops have swept rebels out of the town.")
    assert ("Troops", "sweep", "rebels") not in _acts(doc)
    mended = mend_perfect_participles(doc)
    assert ("Troops", "sweep", "rebels") in _acts(mended)
    assert [t.dep_ for t in mended if t.text in ("have", "swept")] == ["aux", "ROOT"]
    assert len(list(mended.sents)) == 1


def _glued_relative(nlp, noun: str) -> Doc:
    """ "Winds delayed a <noun> Trump planned for Ohio" as the small model misreads it: the
    noun a modifier of the name, "planned" a participle on the name (built by hand)."""
    words = ["Winds", "delayed", "a", noun, "Trump", "planned", "for", "Ohio", "."]
    return Doc(nlp.vocab, words=words, heads=[1, 1, 3, 4, 1, 4, 5, 6, 1],
               deps=["nsubj", "ROOT", "det", "compound", "dobj", "acl", "prep", "pobj",
                     "punct"],
               pos=["NOUN", "VERB", "DET", "NOUN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
               tags=["NNS", "VBD", "DT", "NN", "NNP", "VBN", "IN", "NNP", "."],
               lemmas=["wind", "delay", "a", noun, "Trump", "plan", "for", "Ohio", "."],
               sent_starts=[True] + [False] * 8,
               ents=["O", "O", "O", "O", "B-PERSON", "O", "O", "B-GPE", "O"])


def test_a_relative_clause_glued_to_its_noun_is_mended(nlp) -> None:
    doc = _glued_relative(nlp, "rally")
    assert any(e.lemma.startswith("be planned") for e in extract(doc))
    mended = mend_contact_relatives(doc)
    assert [(t.dep_, t.head.i) for t in mended[3:6]] == [("dobj", 1), ("nsubj", 5),
                                                         ("relcl", 3)]
    found = _acts(mended)
    assert not any(lemma.startswith("be planned") for _, lemma, _ in found)
    assert ("Trump", "plan", "a rally") in found


def test_a_title_before_a_name_is_no_relative_clause(nlp) -> None:
    # "the president Trump": a word for a person before a name is the name's title
    doc = _glued_relative(nlp, "president")
    mended = mend_contact_relatives(doc)
    assert [(t.dep_, t.head.i) for t in mended[3:6]] == [("compound", 4), ("dobj", 1),
                                                         ("acl", 4)]


def test_an_auxiliary_with_an_object_is_mended_and_its_verb_follows(nlp) -> None:
    # "have" made the auxiliary of a later "find" and given the object (a parse seen in
    # news); built by hand so the parse is this one
    words = ["Raids", "by", "the", "militia", "have", "swept", "rebels", "out", ",", "only",
             "to", "find", "refuge", "."]
    doc = Doc(nlp.vocab, words=words, heads=[11, 0, 3, 1, 11, 6, 4, 4, 4, 11, 11, 11, 11, 11],
              deps=["nsubj", "prep", "det", "pobj", "aux", "amod", "dobj", "prep", "punct",
                    "advmod", "aux", "ROOT", "dobj", "punct"],
              pos=["NOUN", "ADP", "DET", "NOUN", "AUX", "VERB", "NOUN", "ADP", "PUNCT", "ADV",
                   "PART", "VERB", "NOUN", "PUNCT"],
              tags=["NNS", "IN", "DT", "NN", "VBP", "VBN", "NNS", "RB", ",", "RB", "TO", "VB",
                    "NN", "."],
              lemmas=["raid", "by", "the", "militia", "have", "sweep", "rebel", "out", ",",
                      "only", "to", "find", "refuge", "."],
              sent_starts=[True] + [False] * 13, ents=["O"] * 14)
    assert not any(e.lemma == "sweep" for e in extract(doc))
    mended = mend_perfect_participles(doc)
    assert (mended[5].dep_, mended[11].dep_, mended[11].head.i) == ("ROOT", "advcl", 5)
    found = _acts(mended)
    assert ("the militia", "sweep", "rebels") in found  # instrument-agent: the raids' agent
    assert ("Raids by the militia", "sweep", "rebels") in found


@pytest.mark.parametrize("text", [
    "She had advanced stomach cancer.",  # a regular "-ed" form may be an adjective
    "The shop had stolen goods.",  # an irregular one news also uses as one
    "Both countries have frozen assets in the bank.",
])
def test_an_adjective_after_have_stays(nlp, text: str) -> None:
    doc = nlp(text)
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in mend_perfect_participles(doc)] == before


def test_a_sentence_read_as_one_noun_phrase_gets_its_verb_back(nlp) -> None:
    # before a lower-case title and a name, the small model reads "confirmed" as an
    # adjective and the sentence as the name's noun phrase: no verb, no statement
    doc = nlp("The Senate confirmed judge Amy Coney Barrett to the Supreme Court.")
    assert not [act for act in _acts(doc) if act[0] == "The Senate"]
    mended = mend_verbless_clauses(doc)
    assert ("The Senate", "confirm appointment of", "judge Amy Coney Barrett") in _acts(mended)
    assert [t.dep_ for t in mended if t.text in ("Senate", "confirmed", "Barrett")] == [
        "nsubj", "ROOT", "dobj"]
    assert len(list(mended.sents)) == 1
    # the subject the parser hung on the adjective, and a title in capitals
    doc = nlp("President Trump nominated Federal Judge Amy Coney Barrett for the seat.")
    assert ("President Trump", "nominate", "Federal Judge Amy Coney Barrett") in _acts(
        mend_verbless_clauses(doc))
    # a name as subject, hung on the title or on the participle the tagger read
    doc = nlp("Kelso United sacked manager Tom Kell on Sunday.")
    assert ("Kelso United", "sack", "manager Tom Kell") in _acts(mend_verbless_clauses(doc))
    doc = nlp("Chelsea sacked manager Frank Lampard on Monday.")
    assert ("Chelsea", "sack", "manager Frank Lampard") in _acts(mend_verbless_clauses(doc))


@pytest.mark.parametrize("text, subject, obj", [
    # the subject hung on the object, the verb an adjective of the object
    ('Merkel lauded Ruiz as a "powerful voice of freedom."', "Merkel", "Ruiz"),
    # the subject, a name the tagger took for a noun, as the sentence's head
    ('Trump lauded Hale as a "powerful voice of freedom."', "Trump", "Hale"),
    # a people's adjective as subject, and a common noun as object
    ("The British relinquished control of Kelso to Zembla in 1997.", "British", "control"),
])
def test_a_past_tense_after_a_name_is_the_verb(nlp, text: str, subject: str, obj: str) -> None:
    doc = nlp(text)
    assert not any(t.pos_ == "VERB" and t.dep_ != "amod" for t in doc)
    mended = mend_verbless_clauses(doc)
    verb = next(t for t in mended if t.dep_ == "ROOT")
    assert verb.pos_ == "VERB" and verb.i == 1 + next(t.i for t in mended if t.text == subject)
    assert {t.text: t.dep_ for t in verb.children if t.dep_ in ("nsubj", "dobj")} == {
        subject: "nsubj", obj: "dobj"}
    # a phrase after the object that is the verb's goes with the verb, "of" with the noun
    assert all(t.head == verb for t in mended if t.text in ("to", "in", "as"))
    assert all(t.head.text == "control" for t in mended if t.text == "of" and
               t.nbor(1).text == "Kelso")


@pytest.mark.parametrize("text", [
    "The retired judge Ann Lee spoke on Monday.",  # a verb of its own
    "Police arrested ophthalmologist Li Wenliang in January.",
    "Former judge Ann Lee.",  # a caption: no past tense to make a verb
    "The collapsed block near the station.",  # a participle after a common noun
    "A remote controlled police drone on display.",
])
def test_a_sentence_with_its_verb_stays(nlp, text: str) -> None:
    doc = nlp(text)
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in mend_verbless_clauses(doc)] == before


@pytest.mark.parametrize("text, noun, word", [
    # the judging word hung after the noun as its adjective
    ("Ann Lee called Tom Kell's plan reckless.", "plan", "reckless"),
    # the judging word made the complement or the object, the noun hung on it
    ("Ann Lee called the ruling unwelcome.", "ruling", "unwelcome"),
    ("Ann Lee branded the ruling unwelcome.", "ruling", "unwelcome"),
    ("Ann Lee dubbed the ruling unwelcome.", "ruling", "unwelcome"),
])
def test_a_judgment_called_is_the_verb_s_complement(nlp, text: str, noun: str, word: str
                                                    ) -> None:
    doc = nlp(text)
    assert not (doc[[t.text for t in doc].index(noun)].dep_ == "dobj" and
                doc[[t.text for t in doc].index(word)].dep_ == "oprd")
    mended = mend_called_judgments(doc)
    parts = {t.text: (t.dep_, t.head.text) for t in mended}
    verb = next(t.text for t in mended if t.dep_ == "ROOT")
    assert parts[noun] == ("dobj", verb) and parts[word] == ("oprd", verb)
    # the noun keeps its own words: "the", "Kell's"
    assert all(t.head.text == noun for t in mended if t.dep_ in ("det", "poss"))


def test_a_naming_without_a_judgment_stays(nlp) -> None:
    doc = nlp("Ann Lee called the storm Kelso.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in mend_called_judgments(doc)] == before
