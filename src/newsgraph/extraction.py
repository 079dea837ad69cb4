"""Statements from a parsed article: who did what to whom, with qualifiers, in surface form.

One pass over the dependency parse. Every verb that heads a clause gives a
statement; its subject is found in the clause or inherited (conjoined verbs,
participles, infinitives, relative clauses); passives are turned active;
conjoined subjects and objects are split. Appositions, nominal events
("the US invasion of Iraq") and hyphenated participles ("Iran-backed") give
further statements at lower confidence. Negation, modality, attribution,
time, place and quantity are read off the clause (see qualifiers.py).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from .cleaning import mostly_non_latin
from .lexicon import ACTION_NOUNS, NOMINAL_EVENTS
from .lexicon import SPEECH_VERBS as REPORTING_VERBS
from .models import Argument, Extraction
from .parsing import lemma_of
from .qualifiers import (
    CONTROL_MODALITY,
    CONTROL_NEGATES,
    HEDGE_ADJECTIVES,
    LISTENER_VERBS,
    MODAL_MODALITY,
    NEGATORS,
    REPORT_MODALITY,
    TIME_PREPS,
    is_listener,
    is_negative_phrase,
    is_negator,
    is_place_phrase,
    is_time_phrase,
    modality_of_adverbs,
    quantity_of,
)
from .timex import normalize

__all__ = ["extract", "extraction_as_dict", "extraction_as_tsv", "surface_arguments"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "acomp"})
VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
# a free relative ("what people say") is no argument: its referent is not in the sentence
WH_WORDS = frozenset({"what", "whatever", "who", "whom", "which", "whoever", "where", "when",
                      "how", "why"})
# dependents of a noun that are statements of their own, not part of the phrase
CUT_FROM_PHRASE = frozenset({"relcl", "appos", "parataxis"})
GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
# "militants hit X, attacked Y": at most this many alternatives per slot
MAX_CONJUNCTS = 6

PATIENT_PREPS = frozenset({"on", "against", "of", "upon", "in"})


@dataclass
class _Statement:
    """A statement under construction, in tokens; turned into an Extraction at the end."""

    position: int
    subject: Token | None
    predicate: str
    lemma: str
    object: Token | None
    extra: list[tuple[Token, str, bool]] = field(default_factory=list)  # (head, role, whole)
    passive: bool = False
    negated: bool = False
    modality: str = ""
    attribution: Token | None = None
    confidence: float = 0.0  # fixed for statements read off noun phrases; else computed
    object_clause: Token | None = None  # a clausal object, given by its verb
    subject_inherited: bool = False
    anchor: Token | None = None  # the clause's verb or the event's word: never in an argument
    penalty: float = 0.0  # how much less likely this kind of clause is to be read right
    cap: float = 1.0  # the highest confidence this kind of statement may have
    spans: tuple[tuple[int, int], ...] = ()  # subject and object as token ranges, when not phrases
    parent: int = -1  # for a participle ("..., killing X"): the verb of the clause it belongs to


# ---------------------------------------------------------------- phrases


def _phrase_tokens(head: Token, deps: Sequence[str], *, whole: bool = False,
                   split: bool = True, skip: Sequence[Token] = ()) -> list[Token]:
    """The words of the phrase headed by `head`, without clauses that are statements of their own.

    With `whole` the head's own modifiers are all kept (a prepositional phrase, a clause);
    otherwise relative clauses and appositions of the head are cut, and with `split` its
    conjuncts too, since they are statements of their own. Anywhere inside, a clause or
    apposition set off by a comma ("..., which ...") is cut: it is a statement of its own.
    `deps` are the dependency labels of the doc's tokens, read once per doc.
    """
    doc = head.doc
    lo, hi = head.left_edge.i, head.right_edge.i
    cuts: list[tuple[int, int]] = []
    for t in skip:
        if t.i != head.i and head.is_ancestor(t):
            # cut the whole clause the word sits in ("airstrikes [that it says] have killed")
            while t.head.i != head.i:
                t = t.head
            cuts.append((t.left_edge.i, t.right_edge.i))
    if not whole:
        has_conj = split and any(c.dep_ == "conj" for c in head.children)
        for child in head.children:
            # a restrictive relative clause ("the man who fled") says which one: it stays
            restrictive = child.dep_ == "relcl" and not doc[child.left_edge.i - 1].is_punct
            if child.dep_ in CUT_FROM_PHRASE and not restrictive or (
                    split and child.dep_ in ("conj", "cc", "preconj")):
                cuts.append((child.left_edge.i, child.right_edge.i))
            elif child.dep_ == "punct" and child.i > head.i and has_conj:
                cuts.append((child.i, child.i))
    for i in range(lo, hi + 1):
        dep = deps[i]
        if dep not in ("relcl", "appos", "conj") or i == head.i:
            continue
        t = doc[i]
        if dep != "conj":
            if t.left_edge.i > lo and doc[t.left_edge.i - 1].text in (",", "--", ";", ":") and \
                    t.left_edge.i > head.i:
                cuts.append((t.left_edge.i - 1, t.right_edge.i))
        elif doc[t.left_edge.i - 1].text == ",":
            stranded = _stranded_run(t)
            if stranded is not None:
                cuts.append((t.left_edge.i - 1, stranded))
    # the subtree, not the span: a misparse can hang a far word on the head
    if cuts:
        cut = {i for a, b in cuts for i in range(a, b + 1)}
        tokens = [t for t in head.subtree if t.i not in cut]
    else:
        tokens = list(head.subtree)
    # a phrase neither starts nor ends with punctuation, and a cut leaves no dangling comma
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in (")", "''", "'") or
                      tokens[-1].dep_ in ("cc", "mark") or
                      (tokens[-1].dep_ == "case" and tokens[-1].head.i == head.i)):
        tokens.pop()
    while tokens and (tokens[0].is_punct and tokens[0].text not in ("(", "``", "`", "$") or
                      tokens[0].dep_ in ("cc", "mark")):
        tokens.pop(0)
    # an opened quote is closed, even when the parser hung the closing mark elsewhere
    texts = [t.text for t in tokens]
    if tokens and texts.count("``") > texts.count("''"):
        nxt = tokens[-1].i + 1
        if nxt < len(doc) and doc[nxt].text == "''":
            tokens.append(doc[nxt])
    return tokens


def _argument(head: Token, deps: Sequence[str], role: str = "", *, whole: bool = False,
              split: bool = True, skip: Sequence[Token] = ()) -> Argument | None:
    """An Argument for the phrase headed by `head`, or None if it holds no words."""
    tokens = _phrase_tokens(head, deps, whole=whole, split=split, skip=skip)
    if not tokens or (len(tokens) == 1 and tokens[0].lower_ in WH_WORDS):
        return None
    text = "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text
    if not any(ch.isalnum() for ch in text) or "/" in text and _is_credit(tokens):
        return None
    return Argument(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]), head.i, role)


def _is_credit(tokens: Sequence[Token]) -> bool:
    """Photo credits ("– / Agence France-Presse / Getty Images") are no argument."""
    return sum(t.text == "/" for t in tokens) >= 1 and not any(
        t.pos_ == "VERB" for t in tokens
    ) and tokens[0].sent.text.count(" / ") >= 1


def _antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for, or the token itself if it is none."""
    if token.lower_ not in RELATIVE_PRONOUNS or token.tag_ not in ("WDT", "WP", "WP$", "IN"):
        return token
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            return _partitive_head(_name_root(ancestor.head))
    return None


PARTITIVES = frozenset({
    "one", "some", "many", "most", "all", "each", "any", "none", "several", "part", "portion",
    "number", "majority", "minority", "half", "rest", "series", "group", "few", "both",
})


def _partitive_head(noun: Token) -> Token:
    """ "a portion of the prostate, which ...": the relative clause is about the portion."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and lemma_of(prep.head).lower() in PARTITIVES:
        return prep.head
    return noun


def _name_root(token: Token) -> Token:
    """The head of the name a token is part of: "Observatory for Human Rights" for "Rights"."""
    if token.ent_iob_ != "I":
        return token
    start = token.i
    doc = token.doc
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    root = doc[start : token.i + 1].root
    return root if root.is_ancestor(token) else token


def _conjuncts(token: Token) -> list[Token]:
    """A noun and the nouns conjoined with it ("Russia and Iran"), unless they form one name."""
    found = [token]
    for conj in token.conjuncts:
        if conj.i < token.i or conj.pos_ not in NOMINAL:
            continue
        if token.ent_iob_ in ("B", "I") and conj.ent_iob_ == "I":
            return [token]  # "the London, Midland and Scottish Railway": one name
        found.append(conj)
    return found[:MAX_CONJUNCTS]


# ---------------------------------------------------------------- clauses


def _verb_group(verb: Token) -> list[Token]:
    """Auxiliaries, negation, particles and the verb, plus those shared with a conjoined verb."""
    group = [c for c in verb.children if c.dep_ in GROUP_DEPS]
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in group) and \
            verb.tag_ in ("VB", "VBN", "VBG"):
        # "was loved and exalted": the conjoined participle shares the auxiliary
        if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            shared = ("aux", "auxpass", "neg") if verb.tag_ == "VBN" else ("aux", "neg")
            group += [c for c in verb.head.children if c.dep_ in shared and c.i < verb.head.i]
    # an adverb inside the verb group or right before the verb belongs to it
    # ("has also expanded", "strictly maintain")
    first = min((c.i for c in group), default=verb.i)
    for c in verb.children:
        if c.dep_ == "advmod" and c.tag_ == "RB" and (first < c.i < verb.i or c.i == verb.i - 1
                                                      or c.i == verb.i + 1) \
                and c.lower_ not in ("when", "where", "how", "why", "then", "now", "however",
                                     "later", "earlier", "recently", "today", "ago") \
                and c.text.isalpha():
            group.append(c)
    group.append(verb)
    return sorted(set(group), key=lambda t: t.i)


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        if verb.dep_ in ("acl", "advcl"):
            return True
        if verb.dep_ == "conj" and verb.head.pos_ in VERBAL and _is_passive(verb.head):
            return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return False


def _merged_xcomp(verb: Token) -> Token | None:
    """The infinitive that carries the event of a control verb ("tried to remove"), if any."""
    if any(c.dep_ in ("dobj", "dative", "attr", "oprd") for c in verb.children):
        return None  # object control ("helped X recapture"), "became the first to X": two
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in VERBAL and c.i > verb.i:
            return c
    # "is capable of hitting", "are able to strike"
    for c in verb.children:
        if c.dep_ == "acomp" and lemma_of(c) in CONTROL_MODALITY:
            for g in c.children:
                if g.dep_ == "xcomp" and g.pos_ in VERBAL:
                    return g
                if g.dep_ == "prep" and g.lower_ == "of":
                    for p in g.children:
                        if p.dep_ == "pcomp" and p.pos_ in VERBAL:
                            return p
    return None


def _subjects(verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """The subject(s) of a verb and whether they were inherited from another clause."""
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            ante = _antecedent(c)
            return (_conjuncts(ante) if ante is not None else []), False
    if depth > 6:
        return [], True
    head, dep = verb.head, verb.dep_
    stranded = _stranded_subject(verb)
    if stranded:
        return stranded, False
    if head.i == verb.i:
        return [], False
    if dep == "conj" and head.pos_ in VERBAL:
        return _subjects(head, depth + 1)[0], True
    if dep == "xcomp":
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if objects:
            return _conjuncts(objects[0]), True
        return _subjects(head, depth + 1)[0], True
    if dep == "acl" and verb.tag_ in ("VBG", "VBN") and head.pos_ in NOMINAL:
        return [head], True
    if dep == "relcl":
        return [head], True
    if dep == "advcl" and head.pos_ in VERBAL:
        if verb.tag_ in ("VBG", "VBN", "VB") or not any(c.dep_ == "mark" for c in verb.children):
            return _subjects(head, depth + 1)[0], True
        return [], True
    if dep == "ccomp" and head.dep_ == "relcl":
        # "airstrikes that it says have killed X": the gap is the relative's antecedent
        return [head.head], True
    if dep == "pcomp":
        for ancestor in verb.ancestors:
            if ancestor.pos_ in VERBAL and ancestor.dep_ not in ("amod", "aux"):
                return _subjects(ancestor, depth + 1)[0], True
            if ancestor.dep_ == "acomp":
                continue
    return [], True


def _stranded_run(conj: Token) -> int | None:
    """The last token of a conjunct run that is really the subject of the verb after it."""
    end = max(c.right_edge.i for c in (conj, *conj.conjuncts) if c.i >= conj.i)
    doc = conj.doc
    if end + 1 >= len(doc):
        return None
    nxt = doc[end + 1]
    verb = nxt.head if nxt.dep_ in GROUP_DEPS else nxt
    if verb.pos_ not in VERBAL or any(c.i == conj.i for c in _stranded_subject(verb)):
        return end if verb.pos_ in VERBAL and _stranded_subject(verb) else None
    return None


def _stranded_subject(verb: Token) -> list[Token]:
    """Nouns right before a finite verb that the parser hung elsewhere, or [].

    "According to X, a researcher from Y, Z and his allies did not provide ...": the
    parser often joins "Z and his allies" to the apposition; but a finite verb needs a
    subject and the noun phrase right before its verb group is it.
    """
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )
    if verb.dep_ not in ("ROOT", "conj", "ccomp") or not finite or verb.tag_ == "VBG" or (
        verb.dep_ == "conj" and verb.head.pos_ in VERBAL
    ):
        return []
    start = min([c.i for c in verb.children if c.dep_ in GROUP_DEPS and c.i < verb.i] + [verb.i])
    if start == 0:
        return []
    doc = verb.doc
    before = doc[start - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.head.i == verb.i or before.is_ancestor(verb):
        return []
    first = before
    while first.dep_ == "conj" and first.head.i < first.i and \
            doc[first.left_edge.i - 1].text != ",":
        first = first.head
    if first.dep_ not in ("conj", "appos", "pobj", "dobj"):
        return []
    rest = [c for c in first.conjuncts if first.i < c.i < start]
    return [first, *rest[: MAX_CONJUNCTS - 1]]


def _chain(verb: Token) -> list[Token]:
    chain = [verb]
    while len(chain) < 5:
        nxt = _merged_xcomp(chain[-1])
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def _same(a: Token | None, b: Token) -> bool:
    """Token identity (spaCy makes a new Token object on every access, so `is` fails)."""
    return a is not None and a.i == b.i


def _is_merged(verb: Token) -> bool:
    """Whether this verb is the event of a control verb above it (handled with that verb)."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ in VERBAL:
        return _same(_merged_xcomp(head), verb)
    if verb.dep_ == "xcomp" and head.dep_ == "acomp":
        return _same(_merged_xcomp(head.head), verb)
    if verb.dep_ == "pcomp" and head.head.dep_ == "acomp":
        return _same(_merged_xcomp(head.head.head), verb)
    return False


def _predicate_tokens(chain: list[Token]) -> list[Token]:
    tokens: list[Token] = []
    for i, verb in enumerate(chain):
        tokens += _verb_group(verb)
        if i + 1 < len(chain):
            nxt = chain[i + 1]
            if nxt.head.i != verb.i:  # through an adjective: "is capable of hitting"
                adjective = nxt.head if nxt.head.dep_ == "acomp" else nxt.head.head
                tokens.append(adjective)
                if nxt.head.i != adjective.i:
                    tokens.append(nxt.head)
    return sorted(set(tokens), key=lambda t: t.i)


def _attribution(verb: Token) -> Token | None:
    """Who the clause is attributed to: "X said (that) ...", "according to X"."""
    node = verb
    for _ in range(8):
        for c in node.children:
            if c.lower_ == "according" and c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ == "prep":
                        for p in g.children:
                            if p.dep_ == "pobj":
                                return p
            if c.dep_ in ("parataxis", "advcl") and lemma_of(c) in REPORTING_VERBS and not any(
                g.dep_ in ("ccomp", "dobj", "xcomp", "mark") for g in c.children
            ):
                subjects, _ = _subjects(c)
                if subjects:
                    return subjects[0]
        if node.dep_ == "ccomp" and lemma_of(node.head) in REPORTING_VERBS:
            subjects, _ = _subjects(node.head)
            return subjects[0] if subjects else None
        if node.head.i == node.i or node.dep_ in ("relcl", "acl"):
            return None
        node = node.head
    return None


# Statements read off noun phrases: appositions and titles are about as reliable as a
# subordinate clause; events named by nouns are right less often and rank last.
FIXED_CONFIDENCE = {
    "role": 0.65,  # "X, a former envoy to Y" -> X be former envoy to Y
    "apposition": 0.6,  # "X, a researcher" -> X be a researcher
    "title": 0.6,  # "author X" -> X be author
    "participle": 0.3,  # "Iran-backed factions" -> Iran back factions
    "location": 0.45,  # "a camp in Kenya" -> camp be in Kenya
    "nominal-event": 0.25,  # "the US invasion of Iraq" -> US invade Iraq
    "behind-action": 0.28,  # "Russian airstrikes hit X" -> Russian hit X
    "action": 0.2,  # "Russian airstrikes" -> Russian conduct airstrikes
    "possession": 0.2,  # "the city's mayor" -> city have mayor
}
# How much less often each kind of clause is read right than a plain finite clause.
KIND_PENALTY = {
    "pcomp": 0.5,  # "after losing X": often an adjunct, not a statement (CaRB dev P 0.34)
    "infinitive": 0.1,  # "to strengthen X": often a purpose, not a fact
    "participle": 0.0,  # "..., killing X"
    "acl": 0.1,  # "convoys carrying oil"
    "relcl": 0.1,  # the antecedent is a guess of the parser
    "conj": 0.0,
    "clausal-object": 0.1,  # a clausal object of a verb that does not report speech or thought
}


def _kinds(verb: Token, object_clause: Token | None, main: Token) -> list[str]:
    kinds = []
    dep = verb.dep_
    if dep == "pcomp":
        kinds.append("pcomp")
    if dep in ("xcomp", "advcl", "acl", "relcl") and any(
        c.tag_ == "TO" for c in verb.children
    ):
        kinds.append("infinitive")
    elif dep == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children
    ):
        kinds.append("participle")
    elif dep == "acl":
        kinds.append("acl")
    if dep == "relcl":
        kinds.append("relcl")
    if dep == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        kinds.append("conj")
    if object_clause is not None and lemma_of(main) not in REPORTING_VERBS:
        kinds.append("clausal-object")
    return kinds


ROLE_PREPS = frozenset({"of", "to", "for", "at", "in", "on", "with"})


def _role_complement(main: Token, objects: list[Token]) -> Token | None:
    """The noun of "is the head of Y": a copula's complement naming a relation to another noun."""
    if len(objects) != 1 or lemma_of(main) not in ("be", "become", "remain"):
        return None
    noun = objects[0]
    if noun.dep_ != "attr" or noun.pos_ != "NOUN":
        return None
    right = [c for c in noun.children if c.i > noun.i]
    if len(right) != 1 or right[0].dep_ != "prep" or right[0].lower_ not in ROLE_PREPS:
        return None
    if not any(g.dep_ == "pobj" for g in right[0].children):
        return None
    return noun


def _clause(verb: Token) -> list[_Statement]:
    chain = _chain(verb)
    main = chain[-1]
    main_children = list(main.children)  # read once: each walk makes new Token objects
    group = _predicate_tokens(chain)
    passive = _is_passive(main)
    # "X is said to have killed Y": the subject of the first verb is the agent of the event
    subjects, inherited = _subjects(verb)
    # "Monday saw police search the block": a time in subject position says when, not who
    time_subjects = [] if passive else [t for t in subjects if _is_time_subject(t)]
    if time_subjects:
        subjects = [t for t in subjects if not _is_time_subject(t)]

    negated = any(is_negator(c) for v in chain for c in v.children) or any(
        t.lower_ in NEGATORS for t in group
    )
    modality = ""
    for v in chain[:-1]:
        lemma = lemma_of(v).lower()
        if v.pos_ == "AUX":
            adjective = next((c for c in v.children if c.dep_ == "acomp"), None)
            lemma = lemma_of(adjective).lower() if adjective is not None else lemma
        if lemma in CONTROL_MODALITY and not modality:
            modality = CONTROL_MODALITY[lemma]
        if lemma in CONTROL_NEGATES:
            negated = not negated
        for c in v.children:
            if c.dep_ == "acomp" and lemma_of(c) in CONTROL_NEGATES:
                negated = not negated
    for t in group:
        if not modality and t.dep_ == "aux" and t.lower_ in MODAL_MODALITY:
            modality = MODAL_MODALITY[t.lower_]
    if not modality:
        modality = modality_of_adverbs(itertools.chain.from_iterable(v.children for v in chain))

    # objects
    objects: list[Token] = []
    object_clause: Token | None = None
    extras: list[tuple[Token, str, bool]] = []
    fold_prep: Token | None = None
    heads = [main]
    listener_verb = lemma_of(main).lower() in LISTENER_VERBS
    if time_subjects:
        extras.append((time_subjects[0], "time", False))
    for c in main_children:
        if c.dep_ == "dobj" and listener_verb and not passive and c.pos_ in NOMINAL and \
                is_listener(c):
            # "told reporters that ...": the listener is no object; what is said is
            extras.append((c, "dative", False))
        elif c.dep_ in OBJECT_DEPS and not objects:
            ante = _antecedent(c)
            if ante is not None:
                objects = _conjuncts(ante)
        elif c.dep_ == "dative":
            if c.pos_ in NOMINAL:
                extras.append((c, "dative", False))
            else:
                extras.append((c, "dative", True))
    if not objects and main.dep_ == "relcl" and not passive and main.tag_ in (
        "VBD", "VBZ", "VBP", "VBN", "VB"
    ):
        has_rel = any(
            d.lower_ in RELATIVE_PRONOUNS | {"where", "when", "why", "how"}
            for d in main_children if d.i < main.i
        )
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in main_children)
        if own_subject and not has_rel and not any(
            c.dep_ in ("ccomp", "xcomp") for c in main_children
        ):
            objects = [main.head]  # "the territories they recaptured"
    shared_from: Token | None = None
    if not objects and not passive:
        # "attacked and burned the village": the object of the last verb is shared
        conj = next((c for c in main_children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if conj is not None and all(
            t.dep_ in ("cc", "punct") or t.is_punct for t in main.doc[main.i + 1 : conj.i]
        ) and conj.i > main.i + 1 and not any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            shared = next((c for c in conj.children if c.dep_ == "dobj"), None)
            if shared is not None:
                objects = _conjuncts(shared)
                shared_from = conj
    if not objects:
        for c in main_children:
            if c.dep_ == "ccomp" and (c.i > main.i or lemma_of(main) in REPORTING_VERBS):
                object_clause = c
                mark = next((m for m in c.children if m.dep_ == "mark" and m.i < c.i), None)
                if mark is not None and mark.lower_ in ("that", "whether", "if"):
                    group = sorted(set(group) | {mark}, key=lambda t: t.i)
                break
    for c in main_children:
        if c.dep_ == "advmod" and c.lower_ in ("where", "when") and main.dep_ == "relcl":
            extras.append((main.head, "place" if c.lower_ == "where" else "time", False))
    # prepositional phrases, time and place
    preps: list[Token] = []
    if shared_from is not None:
        heads.append(shared_from)  # "surrounded and shelled the town on Monday"
    for h in heads:
        preps += [c for c in h.children if c.dep_ == "prep" or (c.dep_ == "agent" and not passive)]
    preps.sort(key=lambda t: t.i)
    agents: list[Token] = []
    if passive:
        for c in main_children:
            if c.dep_ == "agent":
                # "by X", or "by interacting elements" (a gerund phrase)
                agents = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if agents:
                    agents = _conjuncts(agents[0])
                    group = sorted(set(group) | {c}, key=lambda t: t.i)
    for p in preps:
        if not any(True for _ in p.children) and p.i == group[-1].i + 1:
            # "have been filled in": a preposition with nothing after it is a particle
            group = sorted(set(group) | {p}, key=lambda t: t.i)
            continue
        pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
        if p.lower_ == "according" or (pobj is not None and pobj.tag_ in ("WDT", "WP")):
            continue  # an attribution, or "during which": the noun is the clause's head
        if pobj is not None and is_time_phrase(pobj) and p.lower_ in TIME_PREPS:
            extras.append((p, "time", True))
        elif pobj is not None and is_place_phrase(pobj):
            extras.append((p, "place", True))
        else:
            extras.append((p, p.lower_, True))
    for c in main_children:
        if c.dep_ == "npadvmod" and is_time_phrase(c):
            extras.append((c, "time", True))
        elif c.dep_ == "advmod" and c.lower_ in ("yesterday", "today", "tomorrow", "tonight"):
            extras.append((c, "time", True))
    extras.sort(key=lambda e: e[0].i)
    # no object: the first prepositional phrase after the verb gives it ("withdrew from X")
    lemma_parts = [lemma_of(main).lower()]
    lemma_parts += [c.lower_ for c in main_children if c.dep_ == "prt"]
    if not objects and object_clause is None and not (passive and agents):
        for k, (p, role, _) in enumerate(extras):
            if p.dep_ not in ("prep", "agent") or p.i < main.i or role == "time":
                continue
            pobj = next((g for g in p.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is None:
                break
            fold_prep = p
            del extras[k]
            if passive:
                # "the ruins were recaptured in 2016" keeps the ruins as object; the
                # prepositional object comes first among the other arguments
                extras.insert(0, (pobj, p.lower_, pobj.dep_ != "pobj"))
            else:
                objects = _conjuncts(pobj) if pobj.dep_ == "pobj" else [pobj]
            break
    if not objects and object_clause is None and fold_prep is None and not passive:
        # "went ahead of X", "came out of X": an adverb and its preposition after the verb
        for c in main_children:
            if c.dep_ == "advmod" and c.i == main.i + 1 and c.is_alpha:
                prep = next((g for g in c.children if g.dep_ == "prep" and g.i == c.i + 1), None)
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
                if prep is not None and pobj is not None:
                    group = sorted(set(group) | {c}, key=lambda t: t.i)
                    lemma_parts.append(c.lower_)
                    fold_prep = prep
                    objects = _conjuncts(pobj)
    if fold_prep is not None:
        group = sorted(set(group) | {fold_prep}, key=lambda t: t.i)
        lemma_parts.append(fold_prep.lower_)
    role_noun = _role_complement(main, objects)
    if role_noun is not None:
        # "X is the head of Y" -> X / is the head of / Y
        prep = next(c for c in role_noun.children if c.dep_ == "prep")
        pobj = next(g for g in prep.children if g.dep_ == "pobj")
        words = [t for t in main.doc[role_noun.left_edge.i : prep.i + 1]]
        group = sorted(set(group) | set(words), key=lambda t: t.i)
        lemma_parts += [lemma_of(t).lower() for t in words if t.dep_ not in ("det", "poss")]
        objects = _conjuncts(pobj)
    if main.pos_ == "AUX" and (lemma_of(main) == "be" or main.lower_ in ("'s", "’s", "'re", "’re",
                                                                     "'m", "’m")):
        lemma_parts = ["be"] + lemma_parts[1:]
        if not objects and object_clause is None and not extras:
            return []  # "it's still there": a copula without a complement says nothing
    # "the water is colder": a property, not a relation between two things
    cap = ADJECTIVE_CAP if objects and role_noun is None and lemma_of(main) == "be" and \
        _is_adjective(objects[0]) else 1.0

    predicate = " ".join(t.text for t in group)
    lemma = " ".join(lemma_parts)
    attribution = _attribution(verb)
    if verb.dep_ == "ccomp" and not modality:
        frame = lemma_of(verb.head)
        if frame in REPORT_MODALITY:
            modality = REPORT_MODALITY[frame]
        elif frame in ("seem", "appear") or any(
            c.dep_ in ("acomp", "oprd") and c.lower_ in HEDGE_ADJECTIVES
            for c in verb.head.children
        ):
            modality = "possible"  # "it is likely / it seems that the army shelled the town"

    kinds = _kinds(verb, object_clause, main)
    penalty = sum(KIND_PENALTY[k] for k in kinds)
    parent = verb.head.i if "participle" in kinds else -1
    if passive and objects:
        # "He was awarded the medal", "a company called X": the second object follows the verb
        extras = [(o, "object", False) for o in objects[:1]] + extras
    statements: list[_Statement] = []
    if passive and listener_verb and agents and subjects:
        # "he was told by the minister that ...": the one told is no object
        for teller in agents:
            statements.append(_Statement(
                main.i, teller, predicate, lemma, None,
                [(subjects[0], "dative", False), *extras], True, negated, modality,
                attribution, 0.0, object_clause, inherited, anchor=verb, penalty=penalty,
                parent=parent, cap=cap,
            ))
    elif passive:
        patients: list[Token | None] = list(subjects) or [None]
        agent_list: list[Token | None] = list(agents) or [None]
        for patient, agent in itertools.product(patients, agent_list):
            if patient is None:
                continue
            statements.append(_Statement(
                main.i, agent, predicate, lemma, patient, list(extras), True,
                negated or is_negative_phrase(patient), modality, attribution, 0.0, None,
                inherited, anchor=verb, penalty=penalty, parent=parent, cap=cap,
            ))
    else:
        object_list: list[Token | None] = list(objects) or [None]
        for subject, obj in itertools.product(subjects, object_list):
            statements.append(_Statement(
                main.i, subject, predicate, lemma, obj, list(extras), False,
                negated or is_negative_phrase(subject) or (
                    obj is not None and is_negative_phrase(obj)),
                modality, attribution, 0.0, object_clause, inherited, anchor=verb,
                penalty=penalty, parent=parent, cap=cap,
            ))
    return statements


# a statement whose object is an adjective ranks below what the graph stage keeps
ADJECTIVE_CAP = 0.25


def _is_adjective(token: Token) -> bool:
    """A bare adjective complement ("is colder", "became popular"): a property of one thing.

    With a prepositional object ("is loyal to X", "is responsible for X") the adjective
    relates two things, and stays a relation.
    """
    if not (token.dep_ == "acomp" or (token.pos_ == "ADJ" and token.dep_ in ("attr", "oprd"))):
        return False
    return not any(c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                   for c in token.children)


def _is_time_subject(token: Token) -> bool:
    """A subject that names a time ("Monday saw ...", "last night brought ...")."""
    return token.pos_ in ("NOUN", "PROPN", "NUM") and is_time_phrase(token)


# ---------------------------------------------------------------- nominal statements


def _nominal(noun: Token) -> list[_Statement]:
    """Events named by nouns and hyphenated participles: "US invasion of Iraq", "Iran-backed"."""
    found: list[_Statement] = []
    # "Iran-backed factions": the participle's modifier is its agent
    if noun.dep_ == "amod" and noun.tag_ == "VBN" and noun.head.pos_ in NOMINAL:
        for c in noun.children:
            if c.dep_ in ("npadvmod", "compound", "nmod", "nsubj") and c.i < noun.i and (
                c.pos_ == "PROPN" or c.ent_type_
            ):
                found.append(_Statement(
                    noun.i, c, noun.text, lemma_of(noun).lower(), noun.head, [], False,
                    confidence=FIXED_CONFIDENCE["participle"], anchor=noun,
                ))
        return found
    if noun.pos_ != "NOUN":
        return found
    verb = NOMINAL_EVENTS.get(lemma_of(noun).lower())
    if verb is None:
        return found
    agents: list[Token] = []
    patient: Token | None = None
    patient_prep: Token | None = None
    for c in noun.children:
        if c.dep_ == "prep":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if c.lower_ == "by" and not agents:
                agents = [pobj]
            elif c.lower_ in PATIENT_PREPS and patient is None and not is_time_phrase(pobj):
                if c.lower_ == "in" and not is_place_phrase(pobj):
                    continue
                patient, patient_prep = pobj, c
        elif c.dep_ == "poss" and not agents and not is_time_phrase(c):
            agents = [c]
        elif c.dep_ == "compound" and (c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")) and \
                not agents:
            agents = [c]
        elif c.dep_ == "amod" and c.ent_type_ == "NORP" and not agents:
            agents = [c]
    anchor: Token | None = None
    if patient is None and agents and agents[0].dep_ == "pobj":
        # "attacks by the militia on power stations": the parser often hangs "on" low
        for c in agents[0].children:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "prep" and c.lower_ in ("on", "against") and pobj is not None:
                patient, patient_prep, anchor = pobj, c, c
    for agent in agents:
        if agent.lower_ in RELATIVE_PRONOUNS:
            continue
        if patient is not None and patient_prep is not None:
            for p in _conjuncts(patient):
                found.append(_Statement(
                    noun.i, agent, f"{noun.text} {patient_prep.text}", verb, p, [], False,
                    confidence=FIXED_CONFIDENCE["nominal-event"], anchor=anchor,
                ))
        elif lemma_of(noun).lower() in ACTION_NOUNS:
            by = agent.head if agent.dep_ == "pobj" else None  # "attacks by X": drop "by X"
            found.append(_Statement(
                noun.i, agent, "conduct", "conduct", noun, [], False,
                confidence=FIXED_CONFIDENCE["action"], anchor=by,
            ))
    return found


OWNER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _possession_and_location(noun: Token) -> list[_Statement]:
    """ "the city's mayor" -> city have mayor; "a camp in Kenya" -> camp be in Kenya."""
    found: list[_Statement] = []
    if noun.dep_ == "poss" and noun.pos_ in ("PROPN", "NOUN") and noun.head.pos_ in NOMINAL and \
            noun.ent_type_ in OWNER_ENTS and not is_time_phrase(noun):
        # only a named owner: "Thursday's accident" or "the plan's cost" own nothing
        found.append(_Statement(noun.i, noun, "has", "have", noun.head, [], False,
                                confidence=FIXED_CONFIDENCE["possession"], anchor=noun))
    if noun.pos_ in ("PROPN", "NOUN") and not is_time_phrase(noun):
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and is_place_phrase(pobj):
                    found.append(_Statement(
                        noun.i, noun, f"be {c.lower_}", f"be {c.lower_}", pobj, [], False,
                        confidence=FIXED_CONFIDENCE["location"], anchor=c,
                    ))
    # "author Bill Bryson", "morning show host Ryan Cameron": a role written before a name
    if noun.pos_ == "PROPN" and noun.dep_ != "compound" and noun.ent_type_ in (
        "PERSON", "ORG"
    ):
        role = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i and
                c.pos_ in ("NOUN", "ADJ") and c.is_lower]
        if role and any(c.pos_ == "NOUN" for c in role) and all(
            c.is_alpha and not is_time_phrase(c) for c in role
        ):
            last = max(c.i for c in role)
            start = min(c.left_edge.i for c in role)
            if any(t.pos_ not in ("NOUN", "ADJ", "PROPN", "CCONJ", "PUNCT", "ADV")
                   for t in noun.doc[start:last]):
                start = min(c.i for c in role)
            names = [c for c in noun.children if c.dep_ == "compound" and c.i > last]
            name_start = min([c.i for c in names] + [noun.i])
            doc = noun.doc
            found.append(_Statement(noun.i, doc[name_start], "be", "be", doc[last], [], False,
                                    confidence=FIXED_CONFIDENCE["title"], anchor=None,
                                    spans=((name_start, noun.i), (start, last))))
    return found




def _apposition(noun: Token) -> list[_Statement]:
    """ "Ann Lee, a former envoy to Peru" -> Ann Lee / be former envoy to / Peru."""
    found: list[_Statement] = []
    for a in noun.children:
        if a.dep_ != "appos" or a.pos_ not in NOMINAL or noun.pos_ not in NOMINAL:
            continue
        if "PRON" in (a.pos_, noun.pos_) or (a.ent_type_ == noun.ent_type_ == "GPE") or \
                is_time_phrase(a) or is_time_phrase(noun):
            continue  # "Jones himself", "Austin, Texas", "Sunday, May 5": no statement
        prep = next((c for c in a.children
                     if c.dep_ == "prep" and c.lower_ in ("of", "to", "for", "at", "in")), None)
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
        if noun.pos_ == "PROPN" and a.pos_ == "NOUN" and pobj is not None and prep is not None:
            # the role without the nationality: "former US envoy" -> "former envoy"
            words = [c for c in a.children if c.i < a.i and not c.ent_type_ and (
                c.dep_ == "amod" or (c.dep_ == "compound" and c.pos_ == "NOUN"))]
            role = " ".join(t.text for t in sorted(words, key=lambda t: t.i) + [a])
            predicate = f"be {role} {prep.text}"
            found.append(_Statement(noun.i, noun, predicate, predicate.lower(), pobj, [], False,
                                    confidence=FIXED_CONFIDENCE["role"]))
        else:
            # "the doctor, Erasistratus": the name is what the statement is about
            name_first = noun.pos_ == "NOUN" and a.pos_ == "PROPN"
            subject, described = (a, noun) if name_first else (noun, a)
            found.append(_Statement(noun.i, subject, "be", "be", described, [], False,
                                    confidence=FIXED_CONFIDENCE["apposition"],
                                    anchor=a if name_first else None))
    return found


# ---------------------------------------------------------------- confidence and assembly


# How a statement's shape moves its confidence: a bare "X did" or a very short statement is
# seldom the whole story; each time or place argument makes it more specific.
CONF = {"bare": 0.45, "noobj": 0.1, "long": 0.01, "short": 0.05, "extra": 0.02}


def _confidence(s: _Statement, subject: Argument | None, obj: Argument | None,
                extra: Sequence[Argument]) -> float:
    """A score that ranks the statements most likely to be right first."""
    if s.confidence:
        return s.confidence
    score = 0.9 - s.penalty
    if s.subject_inherited:
        score -= 0.1
    # what the statement says beyond its first argument: an object, an agent, a phrase
    said = (subject if s.passive else obj, *extra)
    if not any(a is not None for a in said):
        score -= CONF["bare"]
    elif said[0] is None:
        score -= CONF["noobj"]
    if s.object_clause is not None:
        score -= 0.05
    length = sum(len(a.text.split()) for a in (subject, obj, *extra) if a is not None)
    if length > 15:
        score -= min(0.2, (length - 15) * CONF["long"])
    if length < 4:
        score -= CONF["short"]
    score += CONF["extra"] * min(len(extra), 2)
    if subject is not None and subject.text.lower() in ("it", "they", "he", "she", "this"):
        score -= 0.05
    return round(max(0.05, min(score, 0.99, s.cap)), 3)


def _range_argument(doc: Doc, first: int, last: int, root: Token) -> Argument:
    span = doc[first : last + 1]
    return Argument(span.text, span.start_char, span.end_char, root.i)


@dataclass(frozen=True)
class _Sentence:
    """A sentence with what every statement of it needs, computed once."""

    span: Span
    text: str
    ents: Sequence[Span]  # the entities that lie wholly inside it, as Span.ents gives them
    deps: Sequence[str]  # the dependency label of every token of the doc


def _sentences(doc: Doc) -> Iterable[_Sentence]:
    """The sentences of a doc with their entities (Span.ents rebuilds all of the doc's)."""
    ents = doc.ents
    starts = [ent.start for ent in ents]
    deps = [token.dep_ for token in doc]
    for sent in doc.sents:
        inside: list[Span] = []
        for ent in ents[bisect.bisect_left(starts, sent.start):]:
            if ent.end > sent.end:
                break
            inside.append(ent)
        yield _Sentence(sent, sent.text, inside, deps)


def _assemble(s: _Statement, sent: _Sentence, article_date: str) -> Extraction | None:
    if s.spans and s.subject is not None and s.object is not None:
        (a, b), (c, d) = s.spans
        doc = sent.span.doc
        return _extraction(s, sent, article_date, _range_argument(doc, a, b, s.subject),
                           _range_argument(doc, c, d, s.object), [])
    skip = (s.anchor,) if s.anchor is not None else ()
    deps = sent.deps
    subject = _argument(s.subject, deps, skip=skip) if s.subject is not None else None
    if s.subject is not None and subject is None:
        return None
    if s.object_clause is not None:
        mark = next((m for m in s.object_clause.children if m.dep_ == "mark"), None)
        obj = _argument(s.object_clause, deps, whole=True,
                        skip=(mark,) if mark is not None else ())
    else:
        if s.subject is not None:
            skip = (*skip, s.subject)  # "Russian airstrikes": the agent is not in the object
        obj = _argument(s.object, deps, skip=skip) if s.object is not None else None
        if s.object is not None and obj is None:
            return None
    if subject is None and obj is None:
        return None
    extra: list[Argument] = []
    for head, role, whole in s.extra:
        arg = _argument(head, deps, role, whole=whole,
                        skip=(s.anchor,) if s.anchor is not None else ())
        if arg is not None and (subject is None or arg.start >= subject.end or
                                arg.end <= subject.start):
            extra.append(arg)
    return _extraction(s, sent, article_date, subject, obj, extra)


def _extraction(s: _Statement, sent: _Sentence, article_date: str, subject: Argument | None,
                obj: Argument | None, extra: list[Argument]) -> Extraction:
    time = next((a for a in extra if a.role == "time"), None)
    place = next((a for a in extra if a.role == "place"), None)
    if time is None or place is None:
        # "during a bomb attack in April 2020": a date or place named deeper in a phrase
        for ent in sent.ents:
            if not any(a.start <= ent.start_char and ent.end_char <= a.end for a in extra):
                continue
            if time is None and ent.label_ in ("DATE", "TIME"):
                time = Argument(ent.text, ent.start_char, ent.end_char, ent.root.i, "time")
            elif place is None and ent.label_ in ("GPE", "LOC", "FAC"):
                place = Argument(ent.text, ent.start_char, ent.end_char, ent.root.i, "place")
    quantity = ""
    if s.object is not None:
        quantity = quantity_of(s.object)
    if not quantity and s.subject is not None and s.passive is False:
        quantity = quantity_of(s.subject)
    attribution = _argument(s.attribution, sent.deps) if s.attribution is not None else None
    modality = s.modality or ("question" if is_question(sent.text) else "")
    return Extraction(
        sentence=sent.text,
        sentence_start=sent.span.start_char,
        sentence_end=sent.span.end_char,
        subject=subject,
        predicate=s.predicate,
        lemma=s.lemma,
        object=obj,
        extra=tuple(extra),
        negated=s.negated,
        modality=modality,
        attribution=attribution,
        time=time,
        place=place,
        quantity=quantity,
        confidence=_confidence(s, subject, obj, extra),
        date=normalize(time.text, article_date) if time is not None else "",
        passive=s.passive,
    )


def is_question(sentence: str) -> bool:
    """A sentence that asks ("How well can you extrapolate ...?") asserts nothing.

    >>> is_question('Did the army withdraw?"'), is_question("The army withdrew.")
    (True, False)
    """
    return sentence.rstrip().rstrip("\"'”’)]").endswith("?")


_CLAUSE_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX"})  # the only heads _is_clause_head takes


def _is_clause_head(token: Token) -> bool:
    pos = token.pos_
    if pos not in _CLAUSE_POS:
        return False  # the cheap tests first: most words are no verb, noun or adjective,
    if pos == "NOUN" and token.dep_ not in ("ccomp", "xcomp"):
        return False  # and a noun heads a clause only as a clausal complement
    if token.i + 1 < len(token.doc) and token.nbor().text in ("-", "–") or not token.is_alpha and \
            not any(ch.isalpha() for ch in token.text):
        return False  # the first half of a hyphenated word ("re-designated"), or a dash
    if pos == "VERB":
        return token.dep_ not in ("amod", "aux", "auxpass", "compound", "nmod") and not \
            _is_merged(token)
    if pos == "NOUN" and token.dep_ in ("ccomp", "xcomp") and token.head.pos_ == "VERB" \
            and _has_subject_and_object(token):
        return True  # "helped the army recapture the town" with the verb tagged as a noun
    if pos == "ADJ" and any(c.dep_ == "auxpass" for c in token.children):
        return True  # "Staff were informed of X" with the participle tagged as an adjective
    if pos == "AUX":
        # a copula heads its clause ("X is the head of Y")
        return token.dep_ not in ("aux", "auxpass") and any(
            c.dep_ in ("attr", "acomp", "nsubj") for c in token.children
        ) and not _is_merged(token)
    return False


def _has_subject_and_object(token: Token) -> bool:
    """A word the parser gave both a subject and a direct object: it is used as a verb."""
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and "dobj" in deps and not any(
        c.dep_ == "det" and c.i < token.i for c in token.children)


def _action_agent(noun: Token) -> Token | None:
    """Who carries out an action named by a noun: "Russian" in "Russian airstrikes"."""
    if lemma_of(noun).lower() not in ACTION_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "amod" and c.ent_type_ == "NORP" or c.dep_ == "compound" and c.ent_type_ in (
            "GPE", "ORG", "NORP", "PERSON"
        ) or c.dep_ == "poss" and c.pos_ != "PRON" and not is_time_phrase(c):
            return c
    return None


def _behind_the_action(s: _Statement) -> list[_Statement]:
    """ "Supported by Russian airstrikes, X ..." -> Russian support X as well."""
    if s.subject is None:
        return []
    agent = _action_agent(s.subject)
    if agent is None:
        return []
    return [replace(s, subject=agent, confidence=FIXED_CONFIDENCE["behind-action"], anchor=None,
                    extra=[])]


def _sentence_statements(sent: Span) -> Iterable[_Statement]:
    for token in sent:
        pos = token.pos_
        if _is_clause_head(token):
            for statement in _clause(token):
                yield statement
                yield from _behind_the_action(statement)
        elif pos in ("NOUN", "PROPN", "PRON", "VERB", "ADJ"):
            yield from _nominal(token)
        if pos in NOMINAL:
            yield from _apposition(token)
            yield from _possession_and_location(token)


def _is_boilerplate(sent: _Sentence) -> bool:
    """Photo credits, copyright lines and sentences in another script say nothing we can read."""
    text = sent.text
    # no "/" in the text, no "/" token: the token scan is needed only when there is one
    if "/" in text and any(t.text == "/" for t in sent.span) and \
            not any(t.pos_ == "VERB" for t in sent.span):
        return True
    if "©" in text or text.lstrip().lower().startswith("copyright"):
        return True
    # a quotation left in its own script inside an English paragraph: the parser misreads it
    return mostly_non_latin(text)


HEDGES = frozenset({"alleged", "reported", "claimed", "possible"})


def _share_circumstances(e: Extraction, parent: Extraction) -> Extraction:
    """ "Police allegedly fired on protesters on Tuesday, killing three": the killing is
    alleged too and happened on Tuesday, in the same place."""
    changes: dict = {}
    if e.time is None and parent.time is not None:
        changes.update(time=parent.time, date=parent.date)
    if e.place is None and parent.place is not None:
        changes["place"] = parent.place
    if not e.modality and parent.modality in HEDGES:
        changes["modality"] = parent.modality
    if e.attribution is None and parent.attribution is not None:
        changes["attribution"] = parent.attribution
    return replace(e, **changes) if changes else e


def extract(doc: Doc, *, article_date: str = "") -> list[Extraction]:
    """All statements of a parsed article, ordered by sentence, then by word position."""
    results: list[Extraction] = []
    for sent in _sentences(doc):
        if _is_boilerplate(sent):
            continue
        seen: set[tuple] = set()
        by_verb: dict[int, Extraction] = {}
        for s in sorted(_sentence_statements(sent.span), key=lambda s: s.position):
            e = _assemble(s, sent, article_date)
            if e is None:
                continue
            if s.parent in by_verb:
                e = _share_circumstances(e, by_verb[s.parent])
            by_verb.setdefault(s.position, e)
            key = (e.subject, e.predicate, e.object, e.extra)
            if key in seen:
                continue
            seen.add(key)
            results.append(e)
    return results


# ---------------------------------------------------------------- output formats


def _arg_dict(a: Argument | None) -> dict | None:
    if a is None:
        return None
    return {"text": a.text, "start": a.start, "end": a.end, "root": a.root, "role": a.role}


def extraction_as_dict(e: Extraction) -> dict:
    """A JSON-ready dict of one statement (for `newsgraph extract --format jsonl`)."""
    return {
        "sentence": e.sentence,
        "sentence_start": e.sentence_start,
        "sentence_end": e.sentence_end,
        "subject": _arg_dict(e.subject),
        "predicate": e.predicate,
        "lemma": e.lemma,
        "object": _arg_dict(e.object),
        "extra": [_arg_dict(a) for a in e.extra],
        "negated": e.negated,
        "modality": e.modality,
        "attribution": _arg_dict(e.attribution),
        "time": _arg_dict(e.time),
        "place": _arg_dict(e.place),
        "quantity": e.quantity,
        "date": e.date,
        "confidence": e.confidence,
        "passive": e.passive,
    }


def surface_arguments(e: Extraction) -> list[str]:
    """The arguments in the order the sentence says them: a passive keeps its patient first."""
    first, second = (e.object, e.subject) if e.passive else (e.subject, e.object)
    args = [a.text for a in (first, second) if a is not None]
    return args + [a.text for a in e.extra]


def extraction_as_tsv(e: Extraction) -> str:
    """sentence, confidence, subject, predicate, object, more arguments, tab-separated."""
    args = surface_arguments(e)
    clean = [" ".join(x.split()) for x in [e.sentence, f"{e.confidence:.3f}", args[0], e.predicate,
                                            *args[1:]]]
    clean += [""] * (5 - len(clean))  # an intransitive statement keeps an empty object column
    return "\t".join(clean)
