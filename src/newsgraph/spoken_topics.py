"""Who speaks about whom: "Ann Lee said Zembla closed its border" makes Lee comment on Zembla.

What a speaker says is a clause, and the graph asserts no clause: the statements inside
it are described with the speaker as their source. But the speaker spoke about
someone, and a reader of the article writes that down ("Lee speaks about Zembla").
The topic is the named subject of the clause that a speech verb's own subject reports,
or of a clause that names its own source ("according to the Times, Lee has left"), read
from the parse: not a pronoun (a reported "he" or "we" is too often the speaker or the
speaker's side), not a clause further down, not a source carried over from another
sentence. An allegation ("Lee alleged that Kell took bribes") accuses the one alleged
to have acted. A reported clause in the passive ("the Times reported Kell was flown to a
hospital", "Lee said Kell had been arrested") is about its named passive subject, whether
or not the clause makes a statement of its own (one without an agent makes none).

Derived statements are no part of `extract` (CaRB measures what the sentence says in
its own words); the build resolves and judges them like every other statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .lexicon import ADDRESSED_UTTERANCES, SPEECH_VERBS
from .models import Argument, Extraction
from .parsing import according_source, lemma_of, opens_with_a_relative
from .request_clauses import named_argument, subject_argument

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TOPIC_LEMMA = "comment on"
ALLEGED_LEMMA = "accuse"  # what is alleged of the doer of a reported act accuses them
ALLEGING_VERBS = frozenset({"allege"})
INTERVIEW_RULE = "interview-with"
INTERVIEW_LEMMA = "speak to"
TOPIC_RULE = "speech-topic"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
# verbs of thought or forecast in SPEECH_VERBS: "I think prices will rise" is no comment
# made on prices, and "predicted Lee would win" says nothing Lee did
_NOT_SPOKEN = frozenset({"believe", "think", "estimate", "predict", "promise"})


def spoken_topics(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "comment on" statement per speaker and topic a reported clause gives."""
    seen: set[tuple[int, int]] = set()
    found = []
    for e in extractions:
        for source, speech, lemma, topic in _topics(doc, e):
            pair = (source.start, topic.start)
            if pair in seen or source.root == topic.root:  # no one comments on themself here
                continue
            seen.add(pair)
            found.append(Extraction(e.sentence, e.sentence_start, e.sentence_end, source,
                                    speech, lemma, topic, rule=TOPIC_RULE))
    for source, speech, topic, sent in _passive_topics(doc):
        pair = (source.start, topic.start)
        if pair not in seen and source.root != topic.root:
            seen.add(pair)
            found.append(Extraction(sent.text, sent.start_char, sent.end_char, source,
                                    speech, TOPIC_LEMMA, topic, rule=TOPIC_RULE))
    return found


def _passive_topics(doc: Doc) -> Iterator[tuple[Argument, str, Argument, Span]]:
    """(speaker, words that say so, topic, sentence) of each reported clause in the passive
    whose subject is a name: "the Times reported Kell was flown to a hospital", "according
    to the Times, Kell was arrested". The clause often makes no statement (no agent, no
    object), so the topic is read from the parse, with the same checks as the active one."""
    for subject in doc:
        topic = named_argument(subject) if subject.dep_ == "nsubjpass" and \
            subject.pos_ != "PRON" else None
        if topic is None:
            continue
        clause = subject.head
        if sum(c.dep_ in _SUBJECTS for c in clause.children) > 1:
            continue  # two subjects of one verb: a misparse ("Grade 4 according to X, it was")
        verb = clause.head if clause.dep_ == "ccomp" else None
        speaker = subject_argument(verb) if verb is not None else None
        if verb is not None and speaker is not None and speaker.root >= 0 and \
                _speech_verb(doc, speaker.root, subject) == verb:
            yield speaker, verb.text, topic, verb.sent
            continue
        found = _clause_source(clause)
        source = named_argument(found[0]) if found is not None else None
        if found is not None and source is not None:
            yield source, found[1], topic, clause.sent


def interviews(doc: Doc) -> list[Extraction]:
    """ "In an interview with the Dalton Times, Lee said ...", "Lee, in remarks to the Times,
    said", "Speaking to the Times, Lee said": Lee spoke to the Times, whatever the clause
    goes on to say (rule INTERVIEW_RULE)."""
    found = []
    for word in doc:
        speaker = _addressing_speaker(word)
        interview = word.lower_ in ("interview", "interviews")
        if speaker is None or not interview and doc[speaker.root].pos_ == "PRON":
            continue  # (a "he" speaking to someone: too often resolved to the wrong one)
        links = ("with",) if interview else ("to", "with") if word.tag_ == "VBG" else ("to",)
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in links):
            heard = next((g for g in prep.children if g.dep_ == "pobj"), None)
            heard_by = named_argument(heard) if heard is not None else None
            if heard_by is not None:
                sent = word.sent
                found.append(Extraction(sent.text, sent.start_char, sent.end_char, speaker,
                                        f"{word.text} {prep.text}", INTERVIEW_LEMMA,
                                        heard_by, rule=INTERVIEW_RULE))
    return found


def _addressing_speaker(word: Token) -> Argument | None:
    """Who speaks in the words the token heads: the subject of the verb that "in an
    interview", "in remarks" or "in a letter" is set on, or that "speaking to ..." is set on
    ("Speaking to the Times, Lee said"), or the name "speaking to ..." is hung on ("Lee,
    speaking to the Times, said"). Not "in a post to" a site, which says where, not whom."""
    if word.pos_ == "NOUN" and word.lower_ in ADDRESSED_UTTERANCES and word.dep_ == "pobj" \
            and word.head.lower_ in ("in", "during") and word.head.head.pos_ == "VERB":
        return subject_argument(word.head.head)
    if word.tag_ != "VBG" or word.lower_ not in ("speaking", "talking") or any(
            c.dep_ in _SUBJECTS for c in word.children):
        return None
    if word.dep_ == "advcl" and word.head.pos_ == "VERB":
        return subject_argument(word.head)
    return named_argument(word.head) if word.dep_ == "acl" else None


def _topics(doc: Doc, e: Extraction) -> Iterator[tuple[Argument, str, str, Argument]]:
    """(speaker, words that say so, lemma, topic): from the clause the statement reports,
    or from the thing of someone's that a speech verb's object names ("Lee announced Kell's
    resignation": Lee spoke about Kell)."""
    subject = _named_subject(doc, e.subject)
    if e.attribution is not None and e.attribution.root >= 0 and e.subject is not None and \
            subject is not None:
        source = e.attribution.root
        verb = _speech_verb(doc, source, subject)
        speech = verb.text if verb is not None else _according_to(source, subject)
        if speech is not None:
            topic = _owner(doc, e.subject)
            # "Lee alleged that Kell took bribes": an allegation against the doer
            alleged = verb is not None and lemma_of(verb) in ALLEGING_VERBS and \
                topic is None and subject.dep_ == "nsubj"
            yield e.attribution, speech, ALLEGED_LEMMA if alleged else TOPIC_LEMMA, \
                topic or e.subject
    if e.subject is not None and e.object is not None and e.lemma in SPEECH_VERBS and \
            e.lemma not in _NOT_SPOKEN and not e.negated and not e.modality and \
            doc[e.subject.root].pos_ != "PRON" and (owner := _owner(doc, e.object)):
        yield e.subject, e.predicate, TOPIC_LEMMA, owner


def _owner(doc: Doc, phrase: Argument) -> Argument | None:
    """The named owner of a common noun's phrase ("Kell's resignation" -> Kell), if any:
    what was said is about the owner."""
    if phrase.root < 0 or doc[phrase.root].pos_ != "NOUN":
        return None
    poss = next((t for t in doc[phrase.root].children if t.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "PROPN" or not poss.ent_type_:
        return None  # (a title alone, "the Prime Minister's advice", is the office's holder)
    first = poss.left_edge
    if any(t.ent_iob_ == "B" for t in doc[first.i + 1:poss.i + 1]):
        return None  # "Acme Japan's": two names the recognizer tells apart, or a list
    return Argument(doc[first.i:poss.i + 1].text, first.idx, poss.idx + len(poss), poss.i)


def _named_subject(doc: Doc, topic: Argument | None) -> Token | None:
    """The head of the topic if it is its clause's subject and no pronoun (a reported "he"
    or "we" is too often the speaker or the speaker's side)."""
    if topic is None or topic.root < 0:
        return None
    subject = doc[topic.root]
    return subject if subject.dep_ in _SUBJECTS and subject.pos_ != "PRON" else None


def _speech_verb(doc: Doc, source: int, subject: Token) -> Token | None:
    """The speech verb whose subject is the source (a token index) and whose clausal object
    has `subject` as its own subject, if there is one."""
    clause = subject.head
    if clause.dep_ != "ccomp" or opens_with_a_relative(clause):
        return None
    verb = clause.head
    lemma = lemma_of(verb)
    if lemma not in SPEECH_VERBS or lemma in _NOT_SPOKEN:
        return None
    if not any(t.i == source and t.dep_ == "nsubj" for t in verb.children):
        return None
    if any(t.dep_ == "neg" or t.tag_ == "MD" for t in verb.children):
        return None  # "has not said", "could have said": no comment was made
    if clause.i < verb.i and not _reported_first(clause, verb):
        return None
    if clause.i > verb.i and any(t.text in _SENTENCE_ENDS for t in doc[verb.i:subject.i]):
        return None  # two sentences the parser ran into one ('... them."  Others said')
    return verb


def _according_to(source: int, subject: Token) -> str | None:
    """The words "according to" if the source (a token index) of the clause whose subject
    is `subject` is given in the clause itself (not carried over from a sentence before)."""
    found = _clause_source(subject.head)
    return found[1] if found is not None and found[0].i == source else None


def _clause_source(clause: Token) -> tuple[Token, str] | None:
    """ "According to the Dalton Times, Lee has left": the source the clause names for
    itself, and the words that say so."""
    for prep in clause.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            named = according_source(prep)
            if named is not None:
                return named, f"{prep.text} {prep.nbor().text}"
    return None


def _reported_first(clause: Token, verb: Token) -> bool:
    """Is a clause before its speech verb what the speaker said ("Zembla closed its border,
    Lee said")? Only if it opens the sentence and no semicolon or colon parts them: the
    parser also hangs a clause of its own there ("Lee left; Berg said ...", "On Monday,
    minutes before the committee voted, Berg claimed ...")."""
    if any(t.dep_ == "mark" and t.lower_ != "that" for t in clause.children):
        return False  # "minutes before the committee voted, ...": a time, no words
    doc = clause.doc
    start = clause.left_edge.i
    opening = doc[clause.sent.start:start]
    if any(not (t.is_punct or t.is_quote) for t in opening):
        return False
    # "Lee left; Berg said ...", "Lee got the news: the Times reported ..." (a colon opens
    # what the clause before it is about, never what was reported)
    return not any(t.text in (";", ":") for t in doc[clause.right_edge.i:verb.i])
