"""Who speaks about whom: "Ann Lee said Zembla closed its border" makes Lee comment on Zembla.

What a speaker says is a clause, and the graph asserts no clause: the statements inside
it are described with the speaker as their source. But the speaker spoke about
someone, and a reader of the article writes that down ("Lee speaks about Zembla").
The topic is the named subject of the clause that a speech verb's own subject reports,
or of a clause that names its own source ("according to the Times, Lee has left"), and
the name that clause's verb takes as its object ("Lee said the police arrested Kell"), read
from the parse: not a pronoun (a reported "he" or "we" is too often the speaker or the
speaker's side), not a clause further down, not a source carried over from another
sentence. An allegation ("Lee alleged that Kell took bribes") accuses the one alleged
to have acted. A reported clause is about its named subject whether or not it makes a
statement of its own: a passive without an agent ("the Times reported Kell was flown to a
hospital") or a clause with no object ("the Times reported Kell is to be sentenced")
makes none, so the topic is then read from the parse, and the speaker may be a plain
description the resolver decides ("the German government said ..."). What is said of
a name's thing or lot is said of the name ("Kell's phone was off", "announced the death
of Kell"), and so are words spoken of it or put out about it ("commented on Kell's
decision", "released a statement addressing Kell's arrest", "issued a statement saying
Kell was given zinc"). Who discussed a thing with someone spoke to them ("Lee discussed her
career with the Dalton Times").

Derived statements are no part of `extract` (CaRB measures what the sentence says in
its own words); the build resolves and judges them like every other statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .lexicon import (
    DEED_NOUNS,
    MEDIUM_NOUNS,
    SPEECH_VERBS,
    TALK_VERBS,
    UTTERANCE_NOUNS,
)
from .models import Argument, Extraction
from .parsing import (
    according_source,
    addressed_verb,
    heard_words,
    lemma_of,
    opens_with_a_relative,
    said_of_as,
    speaking,
)
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
# what someone made and a source may name in their stead ("according to a statement by X")
_AUTHORED = UTTERANCE_NOUNS | {"report", "study"}
# a subject noun with these dependents names someone else or more than one: "Niger's
# president Ann Lee", "the agent and expert Ann Lee", "a spokesman, Tom Kell"
_NOT_A_PLAIN_DESCRIPTION = frozenset({"poss", "appos", "conj", "cc", "relcl", "acl", "nmod"})
# verbs of thought or forecast in SPEECH_VERBS: "I think prices will rise" is no comment
# made on prices, and "predicted Lee would win" says nothing Lee did
_NOT_SPOKEN = frozenset({"believe", "think", "estimate", "predict", "promise"})
# who passed the words on, not what they are about: "the Times reported two police sources
# confirmed an inquiry" is a report on the inquiry, never on the sources
_SOURCE_NOUNS = frozenset({"source", "informant", "insider"})
# prepositions after a speech verb that name what was spoken of ("commented on", "spoke about")
_OF_PREPS = frozenset({"on", "about", "of"})
# speech verbs whose "of" or "about" names what someone was told, not what was spoken of
_TELLING_VERBS = frozenset({"tell", "inform", "notify", "assure", "remind", "accuse", "warn"})
# verbs that say something of someone ("said of Lee", "spoke about Lee's arrest"): not one of
# telling someone of something ("informed ... of"), nor one of thought or forecast
_SAYING_VERBS = (SPEECH_VERBS | TALK_VERBS) - _NOT_SPOKEN - _TELLING_VERBS
# verbs that put words out ("released a statement on ..."), or a feeling ("expressed
# sadness at ..."), and the words or feelings they put out about someone
_FEELING_VERBS = frozenset({"express", "voice"})
_ISSUING_VERBS = _FEELING_VERBS | {"issue", "release", "publish"}
_ISSUED_WORDS = (UTTERANCE_NOUNS - {"interview", "address", "post"}) | {
    "sadness", "sorrow", "grief", "concern", "condolence", "condolences", "regret", "shock",
    "dismay", "disappointment", "anger", "outrage", "sympathy", "gratitude"}
# verbs of talking a thing over with someone, who thereby heard what was said
_DISCUSSING_VERBS = frozenset({"discuss"})
_REPORTER_NOUNS = frozenset({"correspondent", "reporter", "journalist"})
_ABOUT_PREPS = frozenset({"on", "about", "over", "at", "regarding", "concerning"})
# prepositions whose name is as often where the words were said as what they were about
_WHERE_PREPS = frozenset({"on", "at", "over"})
# where words are said, or for whom, not what they are about: "on Kell's blog", "on Kell's
# behalf"
_OUTLET_NOUNS = MEDIUM_NOUNS | {"site", "page", "account", "blog", "feed", "profile", "show",
                                "program", "programme", "handle", "podcast", "behalf",
                                "channel", "platform", "timeline", "column"}
_ABOUT_PARTICIPLES = frozenset({"addressing", "regarding", "concerning", "about"})
# verbs by which a body tells of someone else ("the Dalton Times reported he had surgery");
# a name that "said he" is far more often a person the recognizer took for a body
_REPORTING_OF_OTHERS = frozenset({"report", "confirm", "announce", "reveal"})
# a place after these says where a reported act happened, not what was spoken of
_WHERE_ADJUNCTS = frozenset({"in", "at", "near", "inside", "outside", "throughout", "across",
                             "around", "within"})
_PLACE_TAGS = frozenset({"GPE", "LOC", "FAC"})


def spoken_topics(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "comment on" statement per speaker and topic a reported clause gives."""
    # one comment per topic in a sentence: a statement's source and the parse's speaker
    # may be two words of one phrase ("broadcaster" and "Zembla TV")
    seen: set[tuple[int, int]] = set()  # (sentence, topic's head word)
    found = []
    for e in extractions:
        for source, speech, lemma, topic in _topics(doc, e):
            pair = (e.sentence_start, topic.root)
            if pair in seen or source.root == topic.root or _passes_on(doc, topic):
                continue  # no one comments on themself here, nor on their own sources
            seen.add(pair)
            found.append(Extraction(e.sentence, e.sentence_start, e.sentence_end, source,
                                    speech, lemma, topic, rule=TOPIC_RULE))
    for source, speech, topic, sent in [*_clause_topics(doc), *_said_of(doc)]:
        pair = (sent.start_char, topic.root)
        if pair not in seen and source.root != topic.root and not _passes_on(doc, topic):
            seen.add(pair)
            found.append(Extraction(sent.text, sent.start_char, sent.end_char, source,
                                    speech, TOPIC_LEMMA, topic, rule=TOPIC_RULE))
    return found


def _passes_on(doc: Doc, topic: Argument) -> bool:
    """Is the topic a source that passed the words on (see _SOURCE_NOUNS)?"""
    return topic.root >= 0 and lemma_of(doc[topic.root]).lower() in _SOURCE_NOUNS


def _clause_topics(doc: Doc) -> Iterator[tuple[Argument, str, Argument, Span]]:
    """(speaker, words that say so, topic, sentence) of each reported clause whose subject
    is a name, or a thing of a name's, read from the parse: "the Times reported Kell was
    flown to a hospital", "Lee said Kell is to be sentenced", "according to the Times, Kell
    was arrested". Such a clause often makes no statement of its own (no agent, no object),
    so the topic is read from the parse, with the same checks as a statement's."""
    for subject in doc:
        if subject.dep_ not in _SUBJECTS or subject.pos_ == "PRON":
            continue
        topic = named_argument(subject) or _owner_of(subject)
        if topic is None:
            continue
        clause = subject.head
        if sum(c.dep_ in _SUBJECTS for c in clause.children) > 1:
            continue  # two subjects of one verb: a misparse ("Grade 4 according to X, it was")
        if any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
            continue  # "said that, after the first Zembla Games, a club formed": a time's noun
        if _trailing_attribution(clause):
            continue
        verb = clause.head if clause.dep_ == "ccomp" else None
        said = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
            if verb is not None else None
        if verb is not None and said is not None and not _unclear_speaker(said) and \
                _speech_verb(doc, said.i, subject) == verb and \
                (speaker := _speaker(said)) is not None:
            yield speaker, verb.text, topic, verb.sent
            continue
        found = _clause_source(clause)
        source = named_argument(found[0]) if found is not None else None
        if found is not None and source is not None:
            yield source, found[1], topic, clause.sent


def _said_of(doc: Doc) -> Iterator[tuple[Argument, str, Argument, Span]]:
    """(speaker, words that say so, topic, sentence) of words said "of" or "about" someone
    named, whatever they go on to say: 'Tom Reed said of Ann Lee, "She was kind"', "wrote
    about Acme's collapse" (the parser hangs the name on the verb beside the quotation, so
    no statement holds it)."""
    for prep in doc:
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "about") or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
            continue  # "did not say of Lee", "would write about Lee": no comment made
        said = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        heard = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if said is None or heard is None or _unclear_speaker(said) or \
                lemma_of(verb) not in _SAYING_VERBS:
            continue
        speaker = _speaker(said)
        topic = named_argument(heard) or _owner_of(heard)
        if speaker is not None and topic is not None:
            yield speaker, verb.text, topic, verb.sent


def _trailing_attribution(clause: Token) -> bool:
    """ "An official said the plan would fail, the Dalton Times reported": a speech verb
    after the words it reports (the parser hangs it under the first speaker's verb) says
    who reported them; its subject is no topic of what the first speaker said."""
    return lemma_of(clause).lower() in SPEECH_VERBS and any(
        c.dep_ == "ccomp" and c.i < clause.i for c in clause.children)


def _unclear_speaker(token: Token) -> bool:
    """Does the parse leave unclear who of the subject's phrase spoke? "Lee and Berg said"
    (which one), or a person set beside a body's name (see _person_beside)."""
    return _person_beside(token) or any(c.dep_ == "conj" for c in token.children)


def _person_beside(token: Token) -> bool:
    """ "said Dalton University, Eastport's chancellor, Ann Lee": the person the parser set
    beside a body's name is the one who spoke, not the body."""
    return token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and any(
        c.dep_ == "appos" and (c.ent_type_ == "PERSON" or any(
            g.dep_ == "appos" and g.ent_type_ == "PERSON" for g in c.children))
        for c in token.children)


def _speaker(subject: Token) -> Argument | None:
    """A speech verb's subject as an argument: a name or pronoun (as `subject_argument`
    gives it), the person a description names ("Zembla's president Ann Lee"), or a plain
    description the resolver decides ("the German government")."""
    found = subject_argument(subject.head)
    if found is not None or subject.pos_ != "NOUN":
        return found
    names = [a for c in subject.children if c.dep_ == "appos" and (a := named_argument(c))]
    if len(names) == 1:
        return names[0]  # "a State Department spokesperson, Ann Lee, said": Lee spoke
    if any(c.dep_ in _NOT_A_PLAIN_DESCRIPTION for c in subject.children):
        return None  # "a spokesman for Zembla", "the agent and expert Ann Lee": unclear
    first = subject.left_edge
    return Argument(subject.doc[first.i:subject.i + 1].text, first.idx,
                    subject.idx + len(subject), subject.i)


def interviews(doc: Doc) -> list[Extraction]:
    """ "In an interview with the Dalton Times, Lee said ...", "Lee, in remarks to the Times,
    said", "Speaking to the Times, Lee said": Lee spoke to the Times, whatever the clause
    goes on to say (rule INTERVIEW_RULE)."""
    found = []
    for word in doc:
        speaker = _addressing_speaker(word)
        hearers = heard_words(word)
        if speaker is None and (speaker := _discussing_speaker(word)) is not None:
            hearers = (h for h in _discussed_with(word) if not _mutual(h[1]))
        if speaker is None:
            continue  # (a "he" is never the one spoken to: coreference.pronoun)
        for prep, heard in hearers:
            heard_by = named_argument(heard) or _medium(heard) or _staff_of(heard)
            if heard_by is not None:
                sent = word.sent
                found.append(Extraction(sent.text, sent.start_char, sent.end_char, speaker,
                                        f"{word.text} {prep.text}", INTERVIEW_LEMMA,
                                        heard_by, rule=INTERVIEW_RULE))
    return found


def _discussing_speaker(verb: Token) -> Argument | None:
    """Who discussed something with someone ("Lee discussed her career with the Times"),
    if the sentence says it was done: not "did not discuss", "will discuss", "to discuss"."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in _DISCUSSING_VERBS or \
            verb.dep_ not in ("ROOT", "conj") or verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return None
    if any(c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ == "to" for c in verb.children):
        return None
    return subject_argument(verb)


def _mutual(heard: Token) -> bool:
    """ "The Dalton Times discussed the findings with Dr Ann Lee", "Lee discussed the plan
    with Tom Kell": to discuss is mutual, so who told whom is unclear unless the one
    discussed with is a body (a medium hears what is said) or a medium's reporter; a name
    the recognizer does not tag as a body makes no statement either way (the small model
    tags a medium in one article a person in the next, so the speaker's tag decides
    nothing)."""
    if heard.pos_ != "PROPN" or heard.ent_type_ in _BODY_TAGS:
        return False
    return not any(c.lower_ in _REPORTER_NOUNS for c in heard.subtree if c.i < heard.i)


_BODY_TAGS = frozenset({"ORG", "GPE", "NORP"})


def _discussed_with(verb: Token) -> Iterator[tuple[Token, Token]]:
    """(preposition, its object) of "with" set on a discussing verb or on what was discussed
    ("discussed this initiative with the Times", "discussed her career and her life with
    the Times", where the parser hangs it on the last thing)."""
    words = [verb]
    things = [c for c in verb.children if c.dep_ == "dobj"]
    while things:
        words += things
        things = [c for t in things for c in t.children if c.dep_ == "conj"]
    for prep in (c for w in words for c in w.children if c.dep_ == "prep" and
                 c.lower_ == "with"):
        heard = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if heard is not None:
            yield prep, heard


def _staff_of(noun: Token) -> Argument | None:
    """The medium a nameless reporter is written with: "a Dalton Times correspondent" (the
    Times heard what was said). Not a reporter the text names ("Times reporter Kim Reyes")."""
    if noun.pos_ != "NOUN" or noun.lower_ not in _REPORTER_NOUNS:
        return None
    if any(c.dep_ == "appos" or (c.pos_ == "PROPN" and c.ent_type_ == "PERSON")
           for c in noun.children):
        return None
    names = [named for c in noun.children if c.dep_ == "compound" and c.i < noun.i and
             c.ent_type_ == "ORG" and (named := named_argument(c)) is not None and
             named.end <= noun.idx]
    return names[0] if len(names) == 1 else None


def _medium(noun: Token) -> Argument | None:
    """The name of a news medium written with its kind: "Time magazine", "the Acme news
    service" (an organization's name the recognizer tags before the noun; a place there
    says where the medium is, "a Dalton, Ohio radio station")."""
    if noun.pos_ != "NOUN" or noun.lower_ not in MEDIUM_NOUNS:
        return None
    if any(t.text == "," or t.ent_type_ in ("GPE", "LOC") for t in noun.lefts):
        return None
    names = [named for c in noun.children if c.dep_ == "compound" and c.i < noun.i and
             c.ent_type_ == "ORG" and (named := named_argument(c)) is not None and
             named.end <= noun.idx]
    return names[0] if len(names) == 1 else None


def _addressing_speaker(word: Token) -> Argument | None:
    """Who speaks in the words the token heads: the subject of the verb that "in an
    interview", "in remarks" or "in a letter" is set on, or that "speaking to ..." is set on
    ("Speaking to the Times, Lee said"), or the name "speaking to ..." is hung on ("Lee,
    speaking to the Times, said"). Not "in a post to" a site, which says where, not whom."""
    verb = addressed_verb(word)
    if verb is not None:
        return subject_argument(verb)
    return named_argument(word.head) if word.dep_ == "acl" and speaking(word) else None


def _topics(doc: Doc, e: Extraction) -> Iterator[tuple[Argument, str, str, Argument]]:
    """(speaker, words that say so, lemma, topic): from the clause the statement reports,
    or from the thing of someone's that a speech verb's object names ("Lee announced Kell's
    resignation": Lee spoke about Kell)."""
    subject = _named_subject(doc, e.subject) or _reported_by_a_body(doc, e)
    if e.attribution is not None and e.attribution.root >= 0 and e.subject is not None and \
            subject is not None and not _person_beside(doc[e.attribution.root]) and \
            not _trailing_attribution(subject.head):
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
    told_of = _named_object(doc, e)
    if told_of is not None and e.attribution is not None and \
            not _person_beside(doc[e.attribution.root]):
        obj, name = told_of
        verb = _speech_verb(doc, e.attribution.root, obj)
        speech = verb.text if verb is not None else _according_to(e.attribution.root, obj)
        if speech is not None:
            yield e.attribution, speech, TOPIC_LEMMA, name
    spoken_of = _object_topic(doc, e)
    if spoken_of is not None and e.attribution is not None:
        yield e.attribution, spoken_of[0], TOPIC_LEMMA, spoken_of[1]
    if e.subject is None or e.object is None or e.negated or e.modality or \
            doc[e.subject.root].pos_ == "PRON":
        return
    if (e.lemma in SPEECH_VERBS and e.lemma not in _NOT_SPOKEN or _spoken_of(e.lemma)) and \
            (owner := _spoken_owner(doc, e)):
        yield _named_in(doc, e.subject), e.predicate, TOPIC_LEMMA, owner
    elif e.lemma in _ISSUING_VERBS and e.object.root >= 0 and \
            (topic := _utterance_topic(doc[e.object.root])) is not None:
        yield _named_in(doc, e.subject), e.predicate, TOPIC_LEMMA, topic


def _named_in(doc: Doc, speaker: Argument) -> Argument:
    """The one name set beside a description of the speaker ("the president of Zembla, Ann
    Lee, expressed ..."): Lee spoke. Otherwise the speaker as the statement gives it."""
    if speaker.root < 0 or doc[speaker.root].pos_ != "NOUN":
        return speaker
    names = [a for c in doc[speaker.root].children
             if c.dep_ == "appos" and (a := named_argument(c)) is not None]
    return names[0] if len(names) == 1 else speaker


def _spoken_of(lemma: str) -> bool:
    """Does the predicate speak of what its object names ("commented on Kell's plan",
    "spoke about Kell's arrest")? Not a verb that tells someone of something ("informed
    ... of"), nor one of thought or forecast."""
    verb, _, prep = lemma.partition(" ")
    return prep in _OF_PREPS and verb in _SAYING_VERBS


def _spoken_owner(doc: Doc, e: Extraction) -> Argument | None:
    """The named owner of what a speech verb's object names, unless the object is where
    or for whom the words were said ("wrote on Kell's blog", "spoke on Kell's behalf")."""
    if e.object is None or e.object.root < 0:
        return None
    noun = doc[e.object.root]
    if lemma_of(noun).lower() in _OUTLET_NOUNS:
        return None
    return _owner_of(noun)


def _utterance_topic(noun: Token) -> Argument | None:
    """The name, or the named owner of the thing, that words or feelings a speaker put out
    are about: "a statement about Zembla", "a statement addressing Kell's arrest", "his
    sadness at the death of Tom Kell" (Kell). A name after "on" or "at" is where the
    words were put out ("a statement on Twitter"), so only an owner counts there."""
    if noun.pos_ != "NOUN" or lemma_of(noun).lower() not in _ISSUED_WORDS:
        return None
    verb = noun.head
    preps = [c for c in noun.children if c.dep_ == "prep"] + (
        [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i]
        if lemma_of(verb) in _FEELING_VERBS else [])
    about = [(c.lower_, g) for c in preps if c.lower_ in _ABOUT_PREPS
             for g in c.children if g.dep_ == "pobj"] + [
        ("about", g) for c in noun.children if c.dep_ == "acl" and c.lower_ in
        _ABOUT_PARTICIPLES for g in c.children if g.dep_ == "dobj"]
    topics = [t for prep, g in about if lemma_of(g).lower() not in _OUTLET_NOUNS and (
        t := _owner_of(g) or (named_argument(g) if prep not in _WHERE_PREPS else None))]
    topics += [t for c in noun.children if (t := _statement_subject(c)) is not None]
    return topics[0] if len(topics) == 1 else None


def _statement_subject(word: Token) -> Argument | None:
    """The named subject, or named owner of the subject, of the clause that words put out
    report: "a statement that Kell had died", "a statement saying Kell was given zinc"."""
    if word.dep_ == "acl" and lemma_of(word) in SPEECH_VERBS - _NOT_SPOKEN and \
            not any(c.dep_ == "neg" for c in word.children):
        clause = next((c for c in word.children if c.dep_ == "ccomp"), None)
    else:
        clause = word if word.dep_ in ("acl", "ccomp") and word.pos_ in ("VERB", "AUX") \
            else None
    if clause is None or any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
        return None
    # "that" as a mark opens what the words say; as a pronoun, a relative clause ("a
    # statement that Kell wrote")
    if opens_with_a_relative(clause) and not any(
            c.dep_ == "mark" and c.i == clause.left_edge.i for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON" or \
            lemma_of(subjects[0]).lower() in _SOURCE_NOUNS:
        return None
    return named_argument(subjects[0]) or _owner_of(subjects[0])


# bodies that act for themselves, not for the place that owns them: "Britain's financial
# regulator has fined Acme, the FCA said" is said of the regulator (unnamed), not of
# Britain (a government or an army acts for its country: that is said of the country)
_BODIES_OF_THEIR_OWN = frozenset({
    "regulator", "watchdog", "bank", "lender", "company", "firm", "airline", "carrier",
    "broadcaster", "insurer", "retailer", "union", "club", "team", "university",
    "newspaper", "court", "charity", "supermarket", "chain", "operator", "utility",
})


def _owner(doc: Doc, phrase: Argument) -> Argument | None:
    """The named owner of a common noun's phrase ("Kell's resignation" -> Kell), if any:
    what was said is about the owner."""
    return _owner_of(doc[phrase.root]) if phrase.root >= 0 else None


def _owner_of(noun: Token) -> Argument | None:
    """The named owner of a common noun ("Kell's resignation" -> Kell), or the name whose
    deed or lot it names ("the death of Tom Kell" -> Kell), if any."""
    if noun.pos_ != "NOUN" or lemma_of(noun).lower() in _BODIES_OF_THEIR_OWN:
        return None
    poss = next((t for t in noun.children if t.dep_ == "poss"), None)
    if poss is None and lemma_of(noun) in DEED_NOUNS:
        of = next((t for t in noun.children if t.dep_ == "prep" and t.lower_ == "of"), None)
        named = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        return named_argument(named) if named is not None else None
    if poss is None or poss.pos_ != "PROPN" or not poss.ent_type_:
        return None  # (a title alone, "the Prime Minister's advice", is the office's holder)
    doc = noun.doc
    first = poss.left_edge
    if any(t.ent_iob_ == "B" for t in doc[first.i + 1:poss.i + 1]):
        return None  # "Acme Japan's": two names the recognizer tells apart, or a list
    return Argument(doc[first.i:poss.i + 1].text, first.idx, poss.idx + len(poss), poss.i)


def _object_topic(doc: Doc, e: Extraction) -> tuple[str, Argument] | None:
    """(words that say so, topic) when a speaker reports what a pronoun did to a name:
    "Lee said he considered Kell a risk", "Lee said they would sue Acme" (a comment on
    Kell, on Acme, whoever "he" or "they" is). A reported pronoun is no topic of its own
    (see _named_subject), but the name its verb takes is spoken of all the same."""
    if e.attribution is None or e.attribution.root < 0 or e.subject is None or \
            e.subject.root < 0 or e.object is None or e.object.root < 0:
        return None
    subject, thing = doc[e.subject.root], doc[e.object.root]
    if subject.pos_ != "PRON" or subject.dep_ != "nsubj" or \
            _clause_of(thing) != subject.head:
        return None
    verb = _speech_verb(doc, e.attribution.root, subject)
    topic = named_argument(thing) or _owner_of(thing)
    return (verb.text, topic) if verb is not None and topic is not None else None


def _clause_of(thing: Token) -> Token | None:
    """The verb whose object, or whose phrase's object, the noun is ("sued Acme", "met with
    Kell", "sued Acme and Kell"); None for a noun deeper in ("the wife of Kell")."""
    while thing.dep_ == "conj":
        thing = thing.head
    if thing.dep_ == "pobj" and thing.head.dep_ == "prep":
        if thing.head.lower_ in _WHERE_ADJUNCTS and thing.ent_type_ in _PLACE_TAGS:
            return None  # "said he died in Dalton": where it happened, no topic
        thing = thing.head
    return thing.head if thing.dep_ in ("dobj", "prep", "dative") else None


def _named_object(doc: Doc, e: Extraction) -> tuple[Token, Argument] | None:
    """The head of the statement's object, and its name, if it is a name its reported
    clause's verb takes as its direct object ("Lee said the police had arrested Kell": Lee
    spoke of Kell)."""
    if e.object is None or e.object.root < 0 or e.attribution is None or \
            e.attribution.root < 0:
        return None
    obj = doc[e.object.root]
    name = named_argument(obj) if obj.dep_ == "dobj" else None
    return None if name is None else (obj, name)


def _named_subject(doc: Doc, topic: Argument | None) -> Token | None:
    """The head of the topic if it is its clause's subject and no pronoun (a reported "he"
    or "we" is too often the speaker or the speaker's side)."""
    if topic is None or topic.root < 0:
        return None
    subject = doc[topic.root]
    return subject if subject.dep_ in _SUBJECTS and subject.pos_ != "PRON" else None


def _reported_by_a_body(doc: Doc, e: Extraction) -> Token | None:
    """The "he" or "she" a body reports, confirms, announces or reveals, or that
    "according to" a body opens ("the Dalton Times reported he had surgery"): a body is no
    "he", so he is spoken of. Not after "said" (see _REPORTING_OF_OTHERS)."""
    if e.subject is None or e.subject.root < 0 or e.attribution is None or \
            e.attribution.root < 0:
        return None
    subject, source = doc[e.subject.root], doc[e.attribution.root]
    if subject.dep_ not in _SUBJECTS or subject.lower_ not in ("he", "she") or \
            source.pos_ != "PROPN" or source.ent_type_ not in _BODY_TAGS:
        return None
    verb = _speech_verb(doc, source.i, subject)
    return subject if verb is None or lemma_of(verb).lower() in _REPORTING_OF_OTHERS else None


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
    if source not in _speakers(verb):
        return None
    if any(t.dep_ == "neg" or t.tag_ == "MD" for t in verb.children):
        return None  # "has not said", "could have said": no comment was made
    if clause.i < verb.i and not _reported_first(clause, verb):
        return None
    if clause.i > verb.i and any(t.text in _SENTENCE_ENDS for t in doc[verb.i:subject.i]):
        return None  # two sentences the parser ran into one ('... them."  Others said')
    return verb


def _speakers(verb: Token) -> set[int]:
    """The token indexes of who speaks by the verb: its subject, or the one a source quotes
    ("Politico quoted Ann Lee as saying ...": Lee speaks)."""
    speakers = {t.i for t in verb.children if t.dep_ == "nsubj"}
    quoted = said_of_as(verb)
    return speakers | {quoted.i} if quoted is not None else speakers


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
                return _author(named) or named, f"{prep.text} {prep.nbor().text}"
    return None


def _author(words: Token) -> Token | None:
    """Who made the statement or report a source names: "according to a statement released
    by the court", "according to a report from the Zembla Times" (the court, the Times)."""
    if words.pos_ != "NOUN" or not words.is_lower or lemma_of(words) not in _AUTHORED:
        return None  # ("according to Notes from Zembla": a name, whose words say no author)
    by = [c for c in words.children if c.dep_ == "prep" and c.lower_ in ("by", "from")] + [
        g for c in words.children if c.dep_ == "acl" for g in c.children
        if g.dep_ == "agent"]
    return next((o for p in by for o in p.children if o.dep_ == "pobj"), None)


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
    # what the clause before it is about, never what was reported); "We asked Lee, however
    # Lee said ..." sets the speaker's words against the clause before
    return not any(t.text in (";", ":") or t.lower_ in _CONTRAST
                   for t in doc[clause.right_edge.i:verb.i])


# words that set a clause against the one before it
_CONTRAST = frozenset({"however", "but", "yet", "although", "though", "whereas",
                       "nevertheless"})
