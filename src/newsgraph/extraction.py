"""Statements from a parsed article: who did what to whom, with qualifiers, in surface form.

One pass over the dependency parse. Every verb that heads a clause gives a
statement; its subject is found in the clause or inherited (conjoined verbs,
participles, infinitives, relative clauses); passives are turned active;
conjoined subjects and objects are split. Appositions, nominal events
("the US invasion of Iraq") and hyphenated participles ("Iran-backed") give
further statements at lower confidence. Negation, modality, attribution,
time, place and quantity are read off the clause (see qualifiers.py).

A clause is read in named steps over one `_Clause` (see `_clause`): its parts,
its modality (the verb group, the frame of a complement, and its place in the
sentence: a purpose, a request, a condition, a commitment), objects, adjuncts,
a light verb and its noun read as one verb ("filed a lawsuit against X": sue X), a
folded preposition or idiom, what the one asked is asked to do ("called on X to join"),
a copula's complement, then the statements, and one more for the one told ("told the
minister that ...", "said to the minister", "said in a statement to Reuters", "warned the
minister that ...": tell the minister).
What did not (yet) happen keeps a modality the graph does not assert; every
statement names the rule that made it (`RULES`), a feature of its confidence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from .cleaning import mostly_non_latin
from .demonyms import region_or_country
from .instruments import claimant, country_owner, instrument_agent
from .lexicon import (
    ACTION_NOUNS,
    ADDRESSED_UTTERANCES,
    APPOINTING_VERBS,
    BLAME_NOUNS_ONLY,
    BLAME_WORDS,
    CANDIDATE_ROLES,
    DEED_NOUNS,
    EVENT_NOUNS,
    FOUNDER_ROLES,
    INCIDENT_NOUNS,
    KIN_NOUNS,
    LEGISLATOR_ROLES,
    LINKING_ADVERBS,
    MANNER_VERDICTS,
    NAMING_VERBS,
    NOMINAL_EVENT_PREPS,
    NOMINAL_EVENTS,
    OBJECTLESS_VERBS,
    PARTY_ADJECTIVES,
    PAST_ROLE_WORDS,
    PAST_STATE_VERBS,
    PERSON_NOUNS,
    PRAISE_WORDS,
    QUANTITY_NOUNS,
    QUOTE_MARKS,
    ROLE_ADJECTIVES,
    ROLES,
    SPOKEN_TO_VERBS,
    TALK_VERBS,
    UTTERANCE_NOUNS,
    WEAK_PRAISE_WORDS,
    in_quotation,
)
from .lexicon import SPEECH_VERBS as REPORTING_VERBS
from .locations import (
    LOCATED_IN,
    Placed,
    gathering_name,
    held_name,
    named_thing,
    names_its_region,
    place_of,
    placed_by_comma,
    placed_by_next_phrase,
    placed_by_phrase,
    venue_of,
)
from .models import Argument, Extraction
from .parsing import (
    according_source,
    hyphen_piece,
    lemma_of,
    opens_with_a_relative,
    prep_object,
    quoting_verb,
    said_of_as,
    score_start,
)
from .qualifiers import (
    ACTOR_TIE_PARTICIPLES,
    AMOUNT_DATIVE_VERBS,
    ASPECT_NOUNS,
    BACKING_PARTICIPLES,
    BY_OBJECT_VERBS,
    CAPTIVITY_WORDS,
    CAPTOR_VERBS,
    COMING_TIME_MODIFIERS,
    COMING_TIME_WORDS,
    COMPLEX_PREPOSITIONS,
    CONDITION_MARKS,
    CONTENT_NOUNS,
    CONTESTING_VERBS,
    CONTROL_MODALITY,
    CONTROL_NEGATES,
    CURRENCY_NOUNS,
    DEED_FRAMES,
    DEED_STANCE_VERBS,
    DISPUTED,
    DISPUTING_ADVERBS,
    DOUBTED_NOUNS,
    DOUBTING_VERBS,
    EFFORT_NOUNS,
    EVENT_ADJECTIVE_MODALITY,
    EVENT_OBJECT_HAPPENED,
    EVENT_OBJECT_NEGATES,
    EVIDENCE_NOUNS,
    FACTIVE_VERBS,
    FACTUAL_MODALITIES,
    FALSITY_ADJECTIVES,
    GERUND_CLEARS,
    GERUND_FAILS,
    GERUND_FRAMES,
    GERUND_MODALITY,
    GERUND_NEGATES,
    GERUND_OBJECT_VERBS,
    GERUND_SHARES_NOT,
    HEDGE_ADJECTIVES,
    HONORARY_WORDS,
    IDIOM_OBJECTS,
    IDIOM_PHRASES,
    IMPLICATIVE_VERBS,
    INTRANSITIVE_IDIOMS,
    INVERTED_CONDITION_AUX,
    KILLING_MEANS,
    LIGHT_VERB_PREDICATES,
    LISTENER_VERBS,
    LITERAL_TOO_NOUNS,
    LOCATIVE_PARTICIPLES,
    MANDATIVE_VERBS,
    MANNER_NOUNS,
    MEANS_VERBS,
    MODAL_MODALITY,
    NEED_ADJECTIVES,
    NEGATORS,
    NOUN_FRAMES,
    OBJECT_CONTROL_MODALITY,
    ORDINAL_WORDS,
    OUSTER_NOUNS,
    OUSTING_CALLS,
    PARTICLE_ADVERBS,
    PREPOSITION_MODALITY,
    PURPOSE_MARKS,
    QUESTION_MARKS,
    RECIPROCAL_VERBS,
    REJECTING_VERBS,
    REMARK_WORDS,
    REPORT_MODALITY,
    SEPARATION_ADVERBS,
    STANCE_ADJECTIVES,
    STANCE_ENDING_VERBS,
    STANCE_LEAVING_FRAMES,
    STANCE_NOUNS,
    STANCE_VERBS,
    STATIVE_VERBS,
    SUBJECT_DEED_FRAMES,
    SUSPICION_NOUNS,
    TICKET_NOUNS,
    TICKET_VERBS,
    TIE_ADJECTIVES,
    TIME_PREPS,
    TIME_WORDS,
    TOPIC_PARTICIPLES,
    UNDERMINING_FRAMES,
    VOTED_ACTS,
    WISHING_SUBJECTS,
    commemorated,
    entity_of,
    is_listener,
    is_negative_phrase,
    is_negator,
    is_place_phrase,
    is_portfolio,
    is_time_phrase,
    is_whether_or_not,
    modality_of_adverbs,
    participle_agents,
    quantity_of,
    written_year,
)
from .resolution.words import NAMED_PLACE_NOUNS, ORG_WORDS, PART_OF_NOUNS, PEOPLE_NOUNS
from .roles import (
    FORMERLY,
    LEADS,
    MEMBER,
    REPRESENTS,
    Role,
    acronyms,
    career,
    deputy,
    named_holder,
    national_titles,
    people,
    relabel,
    superseded,
)
from .roles import read as read_roles
from .timex import MONTHS, WEEKDAYS, normalize
from .vocabulary import property_for

__all__ = ["RULES", "extract", "extraction_as_dict", "extraction_as_tsv", "surface_arguments"]

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
    rule: str = ""  # which rule made it (one of RULES)
    object_until: Token | None = None  # "called [the strikes defensive]": the object runs on
    cut: tuple[Token, ...] = ()  # predicate words inside the object's phrase ("shot [dead] X")
    # "helped [President Lee] recapture X": the object's phrase runs from here to its root
    object_from: int = -1
    # read off a title or an apposition ("Did Acme chief executive Ann Lee resign?"): what
    # the noun phrase presupposes holds whether or not the sentence asks
    presupposed: bool = False


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
    for child in head.children:
        if child.dep_ == "prep" and child.i < head.i and any(
                g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in child.children):
            # "a clot for which he received [brain surgery]": the relative clause's own
            # phrase, which the parser hung on its object, is no part of it
            cuts.append((child.left_edge.i, child.right_edge.i))
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
            elif _is_set_off_utterance(child):
                cuts.append((child.left_edge.i, child.right_edge.i))
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
    # the subtree, not the span: a misparse can hang a far word on the head (in the text's
    # order: a subtree whose arcs cross comes out of order)
    cut = {i for a, b in cuts for i in range(a, b + 1)}
    tokens = sorted((t for t in head.subtree if t.i not in cut), key=lambda t: t.i)
    # a phrase neither starts nor ends with punctuation, and a cut leaves no dangling comma
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in (")", "''", "'") or
                      tokens[-1].dep_ in ("cc", "mark") or
                      (tokens[-1].dep_ == "case" and tokens[-1].head.i == head.i)):
        tokens.pop()
    while tokens and (tokens[0].is_punct and tokens[0].text not in ("(", "``", "`", "$") or
                      tokens[0].dep_ in ("cc", "mark") or
                      tokens[0].dep_ == "advmod" and tokens[0].lower_ in LINKING_ADVERBS):
        tokens.pop(0)
    # an opened quote is closed, even when the parser hung the closing mark elsewhere
    texts = [t.text for t in tokens]
    if tokens and texts.count("``") > texts.count("''"):
        nxt = tokens[-1].i + 1
        if nxt < len(doc) and doc[nxt].text == "''":
            tokens.append(doc[nxt])
    return tokens


def _is_set_off_utterance(prep: Token) -> bool:
    """ "X, in a statement to Y, said": the phrase between commas says how X spoke; it is no
    part of X's name."""
    doc = prep.doc
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i == 0 or doc[prep.i - 1].text != ",":
        return False
    noun = prep_object(prep)
    after = prep.right_edge.i + 1
    return noun is not None and lemma_of(noun).lower() in UTTERANCE_NOUNS and \
        after < len(doc) and doc[after].text == ","


def _argument(head: Token, deps: Sequence[str], role: str = "", *, whole: bool = False,
              split: bool = True, skip: Sequence[Token] = ()) -> Argument | None:
    """An Argument for the phrase headed by `head`, or None if it holds no words."""
    tokens = _phrase_tokens(head, deps, whole=whole, split=split, skip=skip)
    while tokens and tokens[0].text == "[" or len(tokens) > 1 and tokens[-1].text == "]":
        tokens = tokens[1:] if tokens[0].text == "[" else tokens[:-1]
    while len(tokens) > 1 and score_start(tokens[-1]):
        tokens.pop()  # "beat Bath 3-1": the score is no part of the team
    tokens = _without_emptied_brackets(tokens)
    if not tokens or (len(tokens) == 1 and tokens[0].lower_ in WH_WORDS):
        return None
    # (a word before a cut, "Ms Marsh, MP for X since 2015", keeps a space from the next)
    text = "".join(t.text_with_ws if nxt.i == t.i + 1 else t.text + " "
                   for t, nxt in zip(tokens, tokens[1:], strict=False)) + tokens[-1].text
    if "[" in text or "]" in text:
        # "[its] allies": an editor's brackets are no part of the name
        text = text.replace("[", "").replace("]", "").replace("  ", " ")
    if not any(ch.isalnum() for ch in text) or "/" in text and _is_credit(tokens):
        return None
    return Argument(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]), head.i, role)


def _without_emptied_brackets(tokens: list[Token]) -> list[Token]:
    """The phrase without brackets whose words it left out: "Tom Kell (Marlow Party)" read
    without its apposition is "Tom Kell", not "Tom Kell ()"."""
    emptied = {i for i, (t, after) in enumerate(itertools.pairwise(tokens))
               if t.text == "(" and after.text == ")" and after.i > t.i + 1}
    return [t for i, t in enumerate(tokens) if i not in emptied and i - 1 not in emptied]


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
            head = _partitive_head(_name_root(_event_before_date(ancestor)))
            if token.lower_ in ("who", "whom"):
                head = _person_of_who(head)
            elif _place_or_its_holder(head):
                return None
            head = _counted_among(head)
            if token.lower_ == "which" and head.ent_type_ == "PERSON" and \
                    lemma_of(ancestor).lower() in PROPOSITION_VERBS:
                return None  # "accused of attacking Ann Lee, which he denies": the charge
            # a relative pronoun follows the noun it stands for: a head after it is a misparse
            return head if head.i < token.i else None
    return None


# verbs whose object is what someone says or is said to have done, never a person: "which"
# after a person's name and before one of them stands for the charge or the claim ("..., which
# he denies"), though the recognizer's "person" may be a show or a storm ("Imus in the
# Morning, which ...", "Typhoon Haiyan, which ...")
PROPOSITION_VERBS = frozenset({"deny", "dispute", "reject", "admit", "acknowledge", "contest"})


def _event_before_date(clause: Token) -> Token:
    """The noun a relative clause hangs on, or the event whose date the parser hung it on:
    in "an attack on March 3 that killed ten" the date killed no one, the attack did. A
    clause that says what the date is ("in 2019, which was ...") stays the date's."""
    head = clause.head
    prep = head.head
    if not is_time_phrase(head) or head.dep_ != "pobj" or prep.dep_ != "prep" or \
            prep.head.pos_ != "NOUN" or lemma_of(prep.head).lower() not in EVENT_NOUNS or \
            lemma_of(clause).lower() == "be":
        return head
    return prep.head


def _said_of_a_group(verb: Token) -> bool:
    """ "A and B were among the countries that signed the treaty": a relative clause said of
    a group its subjects are counted in."""
    if verb.dep_ != "relcl":
        return False
    group = _partitive_head(_name_root(verb.head))
    return _counted_among(group).i != group.i


def _counted_among(group: Token) -> Token:
    """ "Lee was among the senators who voted against the bill", "Lee is one of the few who
    opposed it": what the clause says of the group it says of her, whom a plain "be" counts
    in it (not "was not among", "may be among": she may not be one of them)."""
    if group.dep_ == "pobj" and group.head.lower_ == "among":
        verb = group.head.head
    elif group.lower_ == "one" and group.dep_ == "attr":
        verb = group.head
    else:
        return group
    if lemma_of(verb) != "be" or any(
            t.dep_ == "neg" or t.dep_ == "aux" and lemma_of(t) != "have" or t.dep_ == "mark"
            for t in verb.children):
        return group
    one = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    # "it is one of the issues that split the party": what "it" is, a guess would say
    return group if one is None or one.lower_ in _COUNTED_REFERENCES else one


# pronouns that may point at a thing or a clause: not who one counted in a group is
_COUNTED_REFERENCES = frozenset({"it", "this", "that", "these", "those", "they"})


def _relative_after_preposition(verb: Token) -> bool:
    """Is the finite clause's relative pronoun the object of a preposition ("in which", "by
    whom")? (An infinitive, "mouths with which to catch prey", is another reading.)"""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in ("which", "whom")
                                        for g in c.children) for c in verb.children)


def _person_of_who(head: Token) -> Token:
    """ "Ann Lee, the founder of Acme, who ...", "voters in Ohio, who ...": "who" stands for
    people, so a body's or a place's name in a noun's prepositional phrase is not what it
    means; the noun that holds the phrase is ("the founder", "voters"), or the person that
    noun is said of, or the person the names hang on ("Ann Lee of the Acme Institute in
    Dalton, who ...": not Dalton, nor the institute)."""
    described = _person_described(head)
    if described is not None:
        return described
    named = head
    for _ in range(4):  # "Ann Lee of the Acme Institute in Dalton, who ...": up the names
        if named.ent_type_ not in _NOT_WHO or named.dep_ != "pobj" or \
                named.head.dep_ != "prep":
            return head
        noun = named.head.head
        if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
            return noun
        if noun.pos_ == "NOUN":
            return noun.head if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" \
                else noun
        named = noun
    return head


_NOT_WHO = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP"})


def _person_described(noun: Token) -> Token | None:
    """ "Ann Lee, a lawyer who represented Kell", "Lee is a lawyer who represented Kell":
    the one a common noun describes, by apposition or as what the copula says she is, is
    whom "who" means; the noun alone is a vague node nobody can read as her. Only a
    person's name, or "he" or "she" as the copula's subject ("She is a lawyer who ..."):
    the parser sets other pronouns beside any noun after a dash or a colon ("we saw the
    news: people who were dying")."""
    if noun.pos_ != "NOUN":
        return None
    holder: Token | None = None
    if noun.dep_ == "appos":
        holder = noun.head
    elif noun.dep_ == "attr" and lemma_of(noun.head) == "be":
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if holder is None or holder.i > noun.i:
        return None
    person = holder.ent_type_ == "PERSON" and holder.pos_ == "PROPN" or \
        noun.dep_ == "attr" and holder.lower_ in ("he", "she")
    return holder if person else None


def _place_or_its_holder(head: Token) -> bool:
    """ "a new museum in Rome, which is being built by ...": "which" may stand for the
    place or for the noun whose phrase names it, and the parser's choice of the nearer
    is a guess; a clause about one said of the other is wrong either way."""
    prep = head.head
    return (head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "LOC", "FAC")) and \
        head.dep_ == "pobj" and \
        prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPOSITIONS and \
        prep.head.pos_ == "NOUN" and head.i + 1 < len(head.doc) and head.nbor().text == ","


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "on"})


def _antecedents(token: Token) -> list[Token]:
    """The nouns a subject or object stands for: itself and its conjuncts, or a relative
    pronoun's antecedent and the conjuncts before the pronoun ("Ann Lee, who founded X, and
    Tom Park": the clause is about Lee alone)."""
    ante = _antecedent(token)
    if ante is None:
        return []
    found = _conjuncts(ante)
    return found if ante.i == token.i else [t for t in found if t.i < token.i]


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


def _starts_a_clause(conj: Token) -> bool:
    """Whether a conjoined noun is the subject of the finite verb right after it."""
    doc = conj.doc
    nxt = conj.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].pos_ not in VERBAL:
        return False
    verb = doc[nxt].head if doc[nxt].dep_ in GROUP_DEPS else doc[nxt]
    return verb.dep_ == "conj" and any(t.i == conj.i for t in _subject_after_and(verb))


LIST_ENTS = frozenset({"PERSON", "ORG"})


def _listed_after(noun: Token) -> Token | None:
    """ "Ann Lee, Tom Smith and Mary Jones": the parser may hang the second name on the first
    as an apposition and the third on the second; two names of one kind, the second followed
    by "and" and a third name, are a list, not one actor named twice."""
    if noun.pos_ != "PROPN" or noun.ent_type_ not in LIST_ENTS:
        return None
    for a in noun.children:
        # (set off by a comma: "X (A and B)" says what X is)
        if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == noun.ent_type_ and \
                a.left_edge.i > noun.i and noun.doc[a.left_edge.i - 1].text == "," and \
                any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in a.children) and \
                any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in a.children):
            return a
    return None


def _such_as(prep: Token, noun: Token) -> bool:
    """Is the preposition the "as" of "such as" on the noun (after a comma, a subject's)?"""
    return prep.lower_ == "as" and any(
        c.lower_ == "such" and c.i < prep.i and (
            noun.doc[c.i - 1].text != "," or noun.dep_ in ("nsubj", "nsubjpass"))
        for c in prep.children)


def _named_members(noun: Token, *, relative: bool = False) -> list[Token]:
    """ "officials including Ann Lee and Tom Smith", "countries, including France,",
    "musicians such as Ann Lee" (and, with `relative`, "critics, who include Ann Lee,"): the
    named members of a group do what the group does.
    (Set off by a comma, "such as" may belong to a noun before, "events that affect
    droughts, such as El Niño": after a comma, only a subject's.)"""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    for prep in noun.children:
        if prep.dep_ == "prep" and (prep.lower_ == "including" or _such_as(prep, noun)):
            pobj = prep_object(prep)
            if pobj is not None:
                return [m for m in _conjuncts(pobj)
                        if m.pos_ == "PROPN" and m.ent_type_ in ACTOR_ENTS]
    listed = _listed_by_a_relative(noun) if relative else None
    return [] if listed is None else [m for m in _conjuncts(listed)
                                      if m.pos_ == "PROPN" and m.ent_type_ in ACTOR_ENTS]


def _listed_by_a_relative(noun: Token) -> Token | None:
    """ "his critics, who include Ann Lee, ...": the first member a relative clause set off
    by a comma lists, said plainly (not "which may include", "which does not include")."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or lemma_of(clause).lower() != "include" or \
                clause.doc[clause.left_edge.i - 1].text != "," or any(
                    t.dep_ == "neg" or t.dep_ == "aux" and lemma_of(t) not in ("have", "be")
                    for t in clause.children) or not any(
                    t.dep_ == "nsubj" and t.lower_ in ("who", "which") for t in clause.children):
            continue
        return next((t for t in clause.children if t.dep_ == "dobj"), None)
    return None


def _with_members(nouns: list[Token], *, relative: bool = False) -> list[Token]:
    """Nouns and the named members of each ("countries including France": France too; with
    `relative`, a subject's "critics, who include Ann Lee,", never for the clause that lists
    them, whose subject is its relative pronoun)."""
    return [m for noun in nouns for m in (noun, *_named_members(noun, relative=relative))
            ][:MAX_CONJUNCTS]


def _locates(token: Token, conj: Token) -> bool:
    """Is the conjunct the state or country of the place before it ("Kelso County, Ohio")?
    A comma with no "and" or "or" in the list places a name; it lists nothing."""
    doc = token.doc
    if conj.i < 2 or doc[conj.i - 1].text != "," or conj.i + 1 != conj.right_edge.i + 1 or \
            any(c.dep_ == "cc" for c in token.children):
        return False
    before = doc[conj.i - 2]
    if not before.ent_type_ or before.ent_type_ not in ("GPE", "LOC", "FAC", "ORG"):
        return False
    return region_or_country(conj.text)


def _conjuncts(token: Token) -> list[Token]:
    """A noun and the nouns conjoined with it ("Russia and Iran"), unless they form one name."""
    found = [token]
    listed = _listed_after(token)
    if listed is not None:
        found += _conjuncts(listed)
    for conj in token.conjuncts:
        if conj.i < token.i or conj.pos_ not in NOMINAL or _starts_a_clause(conj) or \
                _locates(token, conj):
            continue
        if token.ent_iob_ in ("B", "I") and all(
                t.ent_iob_ == "I" for t in token.doc[token.i + 1 : conj.i + 1]):
            # "the London, Midland and Scottish Railway": one name (but "Peter and Anne
            # Dorset" are two, the second name begun at "Anne")
            return [token]
        if token.doc[conj.left_edge.i - 1].pos_ in ("NOUN", "PROPN") and \
                conj.left_edge.i > token.i:
            # no "and" or comma before it: "the Unity Party of Valdora presidential nominee
            # Ann Lee" is one noun phrase, parsed as two; its head is the name at its end
            found = [conj]
            continue
        if _post_of_a_campus(token, conj):
            found = [conj]  # "University of California, San Diego's chancellor": one post
            continue
        found.append(conj)
    return _only_the_name_described(found)[:MAX_CONJUNCTS]


def _only_the_name_described(found: list[Token]) -> list[Token]:
    """ "radio personality, television host, and philanthropist Don Imus died": singular
    nouns without a determiner listed before a name are what the one named is, no members
    of their own (a singular count noun in English takes a determiner when it names one)."""
    *before, last = found
    if not before or last.pos_ != "PROPN" or not all(
            t.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in t.children)
            for t in before):
        return found
    return [last]


def _post_of_a_campus(token: Token, conj: Token) -> bool:
    """Is the conjunct a post owned by a place, after only a comma ("said University of
    Zembla, Kelso's chancellor, Ann Lee")? The body's name runs on into its campus or
    branch: one post, not two speakers."""
    return lemma_of(conj).lower() in ROLES and any(c.dep_ == "poss" for c in conj.children) \
        and not any(c.dep_ == "cc" for t in (token, conj) for c in t.children) and \
        token.ent_type_ == "ORG"


# ---------------------------------------------------------------- clauses


def _verb_group(verb: Token) -> list[Token]:
    """Auxiliaries, negation, particles and the verb, plus those shared with a conjoined verb."""
    group = [c for c in verb.children if c.dep_ in GROUP_DEPS]
    if _copula_participle(verb):  # "was not nominated by": the copula's words are the verb's
        group += [verb.head] + [c for c in verb.head.children if c.dep_ in GROUP_DEPS]
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


def _copula_participle(verb: Token) -> bool:
    """ "He was nominated to the court by Lee", parsed as "was" with the adjective
    "nominated": a bare past participle after a main-clause "be" with a by-agent is the
    passive verb (not "less affected by", a degree; not "if he was ...", a clause the
    participle would not see)."""
    head = verb.head
    return verb.dep_ == "acomp" and verb.tag_ == "VBN" and head.i != verb.i and \
        head.dep_ == "ROOT" and lemma_of(head).lower() == "be" and \
        any(c.dep_ == "agent" for c in verb.children) and \
        not any(c.dep_ in ("advmod", "npadvmod") and c.i < verb.i for c in verb.children) and \
        not any(c.dep_ == "mark" for c in head.children)


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children):
        return True
    if _copula_participle(verb):
        return True
    if verb.tag_ == "VBD" and verb.dep_ in ("acl", "advcl") and \
            any(c.dep_ == "agent" for c in verb.children) and \
            not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children):
        # "Initially started by X, the tool ...": a participle the tagger read as a past
        # tense; a clause without a subject but with a by-agent is passive
        return True
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        if verb.dep_ in ("acl", "advcl"):
            return True
        if verb.dep_ == "conj" and verb.head.pos_ in VERBAL and _is_passive(verb.head):
            return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return False


def _merged_xcomp(verb: Token) -> Token | None:
    """The infinitive that carries the event of a control verb ("tried to remove"), if any."""
    if any(c.dep_ in ("dobj", "dative", "attr", "oprd") for c in verb.children) or \
            _control_object(verb) is not None:
        return None  # object control ("helped X recapture"), "became the first to X": two
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in VERBAL and c.i > verb.i:
            # "argued for an agency to regulate X": the agency's deed, not the arguer's;
            # "helped Lee regain X": Lee's, the parser giving the infinitive its subject
            own = _for_subject(c) is not None or _infinitive_subject(c) is not None
            return None if own else c
    gerund = _gerund_read_as_adverbial(verb)
    if gerund is not None:
        return gerund
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


def _gerund_read_as_adverbial(verb: Token) -> Token | None:
    """ "has ruled out governing with Chega", "postponed signing the deal": the parser may
    hang a gerund right after a verb that frames gerunds as a free participle ("leaving
    the city, ...") when it is the verb's object; with no comma between, it is the event
    the verb frames."""
    doc = verb.doc
    frame = _framing_lemma(verb)
    if frame not in GERUND_MODALITY and frame not in CONTROL_MODALITY:
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i and not any(
                g.dep_ in SUBJECT_DEPS or g.dep_ == "mark" for g in c.children) and all(
                t.dep_ in ("prt", "advmod", "neg") and t.head == verb
                for t in doc[verb.i + 1:c.i]):
            return c
    return None


def _framing_lemma(verb: Token) -> str:
    """The verb's lemma, with its particle when the two frame an event ("rule out")."""
    lemma = lemma_of(verb).lower()
    particle = next((t.lower_ for t in verb.children if t.dep_ == "prt"), "")
    return f"{lemma} {particle}" if f"{lemma} {particle}" in CONTROL_MODALITY else lemma


def _infinitive_subject(verb: Token) -> Token | None:
    """ "helped [Assad] regain control": a subject the parser gave the infinitive itself, after
    the verb above it. The infinitive's doer is that noun, not the subject above."""
    return next((s for s in verb.children if s.dep_ == "nsubj" and verb.head.i < s.i < verb.i),
                None)


def _control_object(verb: Token) -> Token | None:
    """Who is called on to act: "called on the company to halt", "count on them to act",
    "appealed to the rebels to stop"."""
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if xcomp is None or lemma_of(verb).lower() not in OBJECT_CONTROL_MODALITY:
        return None
    lemma = lemma_of(verb).lower()
    for c in verb.children:
        if c.dep_ == "prep" and verb.i < c.i < xcomp.i and (
                c.lower_ in ("on", "upon") or c.lower_ in REQUEST_PREPOSITIONS.get(lemma, ())):
            return prep_object(c)
    return None


def _gerund_object(verb: Token) -> Token | None:
    """Who does what a gerund says after an object: "stopped the rebels from crossing",
    "accused the mayor of taking bribes", "listed the airline as belonging to the army"."""
    prep = verb.head
    if prep.lower_ == "as":
        return said_of_as(verb)  # what the object is said to be or do, not the subject's deed
    if verb.dep_ != "pcomp" or prep.lower_ not in ("from", "of", "for", "with"):
        return None
    frame = _gerund_frame(prep)
    if frame.pos_ not in VERBAL or lemma_of(frame).lower() not in GERUND_OBJECT_VERBS:
        return None  # "developed the idea of running X": the idea runs nothing
    if prep.head.dep_ == "dobj":
        return prep.head  # the parser hangs the phrase on the object: "accused [the mayor of"
    return next((c for c in frame.children if c.dep_ == "dobj" and c.i < prep.i), None)


# a share someone had in a deed: "Reed's role in ending the strike" is Reed's deed
PART_NOUNS = frozenset({"role", "part", "leadership", "effort", "efforts", "work", "help",
                        "contribution", "involvement", "assistance", "success"})


def _part_owner(verb: Token) -> Token | None:
    """Who did what a gerund says after someone's share in it: "praised Reed's role in
    ending the strike", "credited Reed's leadership in stopping the outbreak" (the parser
    hangs "in" on the noun or on the verb). Reed did it, not the one who praised him."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in":
        return None
    noun = prep.head if prep.head.pos_ == "NOUN" else next(
        (c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if noun is None or lemma_of(noun).lower() not in PART_NOUNS:
        return None
    # (a "his" is as often the subject's own: "won the prize for his work in predicting X")
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)


def _gerund_frame(prep: Token) -> Token:
    """The verb that frames a gerund's preposition, past an object it may hang on and past
    what someone is held for ("arrested X on suspicion of stealing": X is held for it)."""
    frame = prep.head
    if frame.pos_ == "NOUN" and lemma_of(frame).lower() in SUSPICION_NOUNS and \
            frame.head.dep_ == "prep" and frame.head.head.pos_ in VERBAL:
        return frame.head.head
    return frame.head if frame.dep_ == "dobj" and frame.head.pos_ in VERBAL else frame


def _subjects(verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """The subject(s) of a verb and whether they were inherited from another clause."""
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            if _place_read_as_subject(verb, c):
                return [], False
            if any(a.tag_ == "POS" and a.i == c.right_edge.i for a in c.children):
                # "broke Santos's serve": a possessor the parser made subject of a noun it
                # read as a verb; what it owns is no act of it
                return [], False
            c = _subject_after_a_stray_name(verb, _named_second_subject(verb, c))
            c = _subject_after_a_comma(verb, c)
            c = _owned_by_a_pair(_owner_of_an_address(c))
            # "after the summit, a delegation flew home" parsed as "summit, a delegation":
            # the phrase that runs into the verb is the subject
            c = next((a for a in c.children if a.dep_ == "appos" and a.i > c.i and
                      _runs_into_a_verb(a) and a.right_edge.i + 1 == verb.i), c)
            return _with_members(_antecedents(c), relative=c.lower_ not in RELATIVE_PRONOUNS), False
    if _copula_participle(verb):  # "He was nominated by Lee" read as "was" + adjective
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and (antes := _antecedents(subject)):
            return _with_members(antes), False
    for aux in verb.children:
        # "The embassy in X was closed" with "embassy" hung on "was": still the subject
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            subject = next((c for c in aux.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and (antes := _antecedents(subject)):
                return _with_members(antes), False
    if depth > 6:
        return [], True
    stranded = _stranded_subject(verb) or _subject_on_participle(verb)
    if stranded:
        return stranded, False
    speaker = _opener_speaker(verb)
    if speaker is not None:
        return [speaker], False
    if verb.head.i == verb.i:
        return [], False
    if _after_a_stranded_modal(verb):
        return [], True
    if _finite_on_a_participle(verb):
        return [], True
    return _borrowed_subjects(verb, depth), True


def _finite_on_a_participle(verb: Token) -> bool:
    """ "claiming it alters the RNA and turns them into ...": a finite verb the parser
    conjoined to a participle is the reported clause's ("it turns them"), not the
    participle's; whose, the parse does not say, so no subject is borrowed."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ in ("VBZ", "VBD") and head.tag_ == "VBG" and \
        any(c.dep_ == "ccomp" and c.i < verb.i for c in head.children)


# prepositions of where something is put or said: a noun after them is no gerund's subject
_WHERE_PREPOSITIONS = frozenset({"on", "in", "at", "via", "through", "over", "across"})


def _place_read_as_subject(verb: Token, subject: Token) -> bool:
    """ "posted a video on YouTube attacking Lee": the parser reads "YouTube attacking Lee"
    as a gerund with its own subject after "on". Where a thing was posted or said does not
    attack anyone; what did (the video), the parse does not say. ("With the army attacking
    the town", "despite police firing on them": a subject of its own; "depends on how the
    Senate conducts it": a clause, no gerund.)"""
    prep = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and \
        prep.lower_ in _WHERE_PREPOSITIONS and prep.i < subject.i < verb.i


def _after_a_stranded_modal(verb: Token) -> bool:
    """ "programs for users who cannot, for whatever reason, deploy X": after an aside the
    parser may hang a bare verb on an earlier verb (as its conjunct or adverbial clause) and
    leave its modal on the relative clause. The verb is the modal's, whose subject and "not"
    it would lose: it borrows no subject."""
    if verb.dep_ not in ("conj", "advcl") or verb.tag_ != "VB" or \
            any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    return any(t.tag_ == "MD" and t.head.i not in (verb.i, verb.head.i)
               for t in verb.doc[verb.head.i + 1:verb.i])


def _owned_by_a_pair(subject: Token) -> Token:
    """ "Lee and Ruiz's joint statement condemned X": the parser makes "Lee" the subject and
    the statement a conjunct of it, owned by Ruiz alone. Both own the statement, and it,
    not Lee, is what condemned X."""
    doc = subject.doc
    if subject.i + 3 >= len(doc) or doc[subject.i + 1].lower_ != "and":
        return subject
    return next((x for x in subject.children if x.dep_ == "conj" and any(
        b.dep_ == "poss" and b.left_edge.i == subject.i + 2 and doc[b.i + 1].tag_ == "POS"
        for b in x.children)), subject)


def _named_second_subject(verb: Token, subject: Token) -> Token:
    """ "The carmaker Velto has appointed ...", "bought the snack maker Velto": the parser may
    give the verb two subjects (or two objects), the common noun and the name right after
    it; the name is the one that acts or is acted on, the noun only says what it is."""
    if subject.pos_ != "NOUN" or not subject.whitespace_:
        return subject  # (not "ex-Muslims", parsed as two subjects "ex" and "Muslims")
    return next((t for t in verb.children if t.dep_ == subject.dep_ and t.pos_ == "PROPN"
                 and t.left_edge.i == subject.i + 1 and t.left_edge.pos_ == "PROPN"), subject)


def _subject_after_a_stray_name(verb: Token, subject: Token) -> Token:
    """ "Lee told news agency Tass the miners were safe": the parser may give "were" two
    subjects, the name Lee told and the phrase after it; the phrase nearer the verb is the
    subject, the name is no actor of the clause."""
    if subject.pos_ != "PROPN":
        return subject
    return next((t for t in verb.children if t.dep_ == subject.dep_ and t.i > subject.i and
                 t.left_edge.i == subject.right_edge.i + 1 and t.left_edge.tag_ == "DT"),
                subject)


def _subject_after_a_comma(verb: Token, subject: Token) -> Token:
    """The parser may give a verb two subjects with a comma between them; the later one
    acts when it runs into the verb ("According to the ministry, and Vyasna, a rights group,
    on Thursday, 200 visitors attended the rally"), or when it is a name or a pronoun right
    after the comma that closes a description ("A veteran of the war, Judge Lee devoted his
    life to ...", "A former teacher, she later founded"). The first only says who reports,
    or what the one who acts is."""
    doc = subject.doc
    comma = subject.right_edge.i  # the parser may hang the comma on the description
    comma += doc[comma].text != ","
    described = subject.pos_ == "NOUN" and comma < verb.i and doc[comma].text == ","
    for t in verb.children:
        if t.dep_ != subject.dep_ or t.i <= subject.i:
            continue
        if t.right_edge.i + 1 == verb.i and any(
                w.text == "," for w in doc[subject.right_edge.i:t.left_edge.i]):
            return t
        if described and t.i > comma and t.left_edge.i == comma + 1 and \
                t.pos_ in ("PROPN", "PRON"):
            return t
    return subject


def _owner_of_an_address(subject: Token) -> Token:
    """ "Ana Ruiz of Porto, Portugal found the letters": the parser may take the country that
    ends an address for the subject and hang the rest apart. A place subject right after
    "Place," (or "Name (N),") whose place hangs, through prepositions, on a noun is the
    address's tail: that noun is the subject. "In Porto, Portugal found ..." stays (the
    first place is in a phrase of its own)."""
    doc = subject.doc
    start = subject.left_edge.i
    if subject.ent_type_ != "GPE" or start < 2 or doc[start - 1].text != "," or any(
            t.ent_type_ != "GPE" and t.tag_ != "DT" for t in subject.subtree):
        return subject
    before = start - 2
    if doc[before].text == ")":
        before = next((i - 1 for i in range(before - 1, max(before - 8, 0), -1)
                       if doc[i].text == "("), -1)
    if before < 0 or doc[before].ent_type_ not in ("GPE", "LOC", "FAC", "ORG"):
        return subject
    node = doc[before]
    while node.dep_ in ("compound", "appos") and node.head.i > node.i - 8 and node.head.i != node.i:
        node = node.head
    owner = None
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and \
            node.head.head.pos_ in ("NOUN", "PROPN"):
        owner = node = node.head.head
    # "With many students in Perth, Australia can ...": the phrase opens the clause
    return owner if owner is not None and owner.dep_ != "pobj" else subject


def _opener_noun(verb: Token) -> Token | None:
    """ "Speaking to Radio Ruritania, the head of the league, Ann Lee, said ...": a finite verb
    without a subject after an opening participle whose object is a name; the parser may
    hang the speaker on that name as its apposition. The name the appositions hang on."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    opener = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")
                   and c.left_edge.i == verb.sent.start and c.right_edge.i < verb.i), None)
    if opener is None:
        return None
    for noun in opener.subtree:
        appositions = [a for a in noun.children if a.dep_ == "appos" and a.i > noun.i]
        if noun.pos_ == "PROPN" and appositions and \
                appositions[-1].right_edge.i == verb.i - 2 and \
                verb.doc[appositions[0].left_edge.i - 1].text == ",":
            return noun
    return None


def _opener_speaker(verb: Token) -> Token | None:
    """The speaker among the appositions of `_opener_noun`: its name, else its description."""
    noun = _opener_noun(verb)
    if noun is None:
        return None
    appositions = [a for a in noun.children if a.dep_ == "appos" and a.i > noun.i]
    return next((a for a in reversed(appositions) if a.pos_ == "PROPN"), appositions[0])


def _apposition_pairs(noun: Token) -> list[tuple[Token, Token]]:
    """Each apposition with the noun it describes; for an opener's misparsed speaker
    (`_opener_noun`), its appositions describe the speaker, not the name they hang on."""
    verb = noun
    while verb.dep_ not in ("advcl", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    misparsed = _opener_noun(verb.head) if verb.dep_ == "advcl" else None
    speaker = _opener_speaker(verb.head) if misparsed is not None else None
    if misparsed is not None and misparsed.i == noun.i and speaker is not None:
        return [(speaker, a) for a in noun.children if a.dep_ == "appos" and a.i != speaker.i]
    return [(noun, a) for a in noun.children]


def _clause_between(head: Token, participle: Token) -> bool:
    """ "The board funded the study, as it considers the plan to be vital, ending a feud":
    past a clause of its own subject between the verb and a participle, the participle
    may tell what that clause's subject or object does; a reader cannot say whose deed."""
    return any(c.dep_ in ("advcl", "ccomp") and head.i < c.i < participle.i and
               any(s.dep_ in SUBJECT_DEPS for s in c.children) for c in head.children)


def _after_another_party(head: Token, participle: Token) -> bool:
    """ "The empire collapsed under attack by rebel forces, backed by foreign jets": a passive
    participle set off by a comma right after another party named past the verb (a name,
    a body or people, the doer after "by") may tell what that party underwent; a reader
    cannot say whose, and the parser hangs it on the verb either way."""
    doc = participle.doc
    comma = participle.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return False
    party = doc[comma - 1]
    if party.pos_ not in ("NOUN", "PROPN") or party.i <= head.i or \
            party.dep_ in SUBJECT_DEPS:
        return False
    return party.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
        party.lower_ in ORG_WORDS or lemma_of(party).lower() in PEOPLE_NOUNS or \
        party.head.lower_ == "by"


# the verbs of beating a rival: an infinitive after the rival is what the winner did by it
# ("beat Tom Kell to win the seat"), never the beaten one's deed
_BEATING_VERBS = frozenset({"beat", "defeat", "edge", "overcome", "outplay", "thrash",
                            "rout", "upset", "eliminate", "outvote"})
# what a work does to those in it ("a film starring Ann Lee"): set off after a clause, the
# participle tells of the work the clause names, never of the clause's subject
_CASTING_VERBS = frozenset({"star", "co-star", "feature"})


def _speaker_after_the_words(verb: Token) -> bool:
    """ "The bomb was placed in a market, stated Minister Ann Lee, and ...": a speech verb
    after a comma with the speaker's name after it, which the parser conjoined to the
    clause it reports, taking the speaker for its object. The reported clause's subject
    does not speak."""
    doc = verb.doc
    named = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return lemma_of(verb).lower() in REPORTING_VERBS and verb.i > 0 and \
        doc[verb.i - 1].text == "," and named is not None and \
        named.left_edge.i == verb.i + 1 and named.pos_ == "PROPN" and \
        any(t.ent_type_ == "PERSON" for t in named.subtree)


def _borrowed_subjects(verb: Token, depth: int) -> list[Token]:
    """The subjects a verb without its own takes from the clause it hangs on: conjoined
    verbs, infinitives, participles, relative clauses, gerunds."""
    head, dep = verb.head, verb.dep_
    if any(c.dep_ == "expl" for c in verb.children):
        return []  # "..., and there are challenges": the clause's subject is its own "there"
    named = _for_subject(verb)
    if named is not None:
        return _conjuncts(named)
    if verb.tag_ == "VBG" and dep in ("advcl", "pcomp") and \
            lemma_of(verb).lower() in _CASTING_VERBS:
        return []  # "won the prize for his film, starring Ann Lee": the film stars her
    if dep == "conj" and head.pos_ in VERBAL:
        if verb.tag_ == "VB" and head.tag_ in ("VBZ", "VBD") and \
                not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return []  # "It's an acronym for, hold on, let me look": a bare verb after a
            # tensed one is an aside to the listener, no deed of the tensed verb's subject
        if _leaves_the_report(verb):
            return _subjects(head.head, depth + 1)[0]
        if _speaker_after_the_words(verb):
            return []
        if _past_after_a_bare_verb(verb):
            above = head.head
            joined = any(t.dep_ == "cc" and head.i < t.i < verb.i for t in head.children)
            if joined and head.dep_ in ("xcomp", "ccomp", "advcl") and \
                    above.pos_ in VERBAL and _tense(above) == verb.tag_:
                return _subjects(above, depth + 1)[0]
            return []
        return _subjects(head, depth + 1)[0]
    if dep in ("xcomp", "advcl") and lemma_of(head).lower() in MEANS_VERBS | _BEATING_VERBS \
            and any(c.tag_ == "TO" for c in verb.children):
        # "used the radio to warn X": the user; "beat Kell to win the seat": the winner
        return _subjects(head, depth + 1)[0]
    if dep == "xcomp":
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        called = _control_object(head)
        if called is not None and not objects:
            return _conjuncts(called)
        if objects:
            return _conjuncts(objects[0])
        return _subjects(head, depth + 1)[0]
    if _is_effort(verb):
        return _subjects(head.head, depth + 1)[0]  # "the flies had trouble landing"
    if dep == "acl" and verb.tag_ in ("VBG", "VBN") and head.pos_ in NOMINAL:
        return [head]
    if dep == "relcl":
        if _ranked_first(head) and any(c.tag_ == "TO" for c in verb.children):
            # "Lee became the first woman to lead the party": Lee led it
            return _subjects(head.head, depth + 1)[0]
        # "a post on Medium, in which [he] thanked ...": a relative under a preposition is
        # no subject, so the antecedent is not the one who thanked
        return [] if _relative_after_preposition(verb) else [head]
    if dep == "advcl" and head.pos_ in VERBAL:
        quoting = quoting_verb(verb)
        if quoting is not None:  # "Asked about it, she said, 'the plans failed'"
            return _subjects(quoting, depth + 1)[0]
        described = _described_noun(verb)
        if described is not None:
            return [described]
        own = _absolute_subject(verb)
        if own is not None:
            return _conjuncts(own)
        if verb.tag_ == "VBG" and lemma_of(verb).lower() in MEANS_VERBS and _is_passive(head):
            return []  # "videos downloaded using a tool": who used it is not said
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" and lemma_of(c).lower() == "be"
                                      for c in verb.children):
            # "and top of the list was dying a martyr": a clause of its own whose subject
            # the parser lost, no participle of the clause above
            return []
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP")
                                      for c in verb.children):
            # "records that showed a bomber had attacked a ship": a tensed "had attacked" is
            # a clause of its own whose subject the parser hung elsewhere ("having" is not)
            return []
        if verb.tag_ == "VBG" and _clause_between(head, verb):
            return []
        if verb.tag_ == "VBN" and _after_another_party(head, verb):
            return []
        if verb.tag_ in ("VBG", "VBN", "VB") or not any(c.dep_ == "mark" for c in verb.children):
            return _subjects(head, depth + 1)[0]
        return []
    if dep == "ccomp" and head.dep_ == "relcl":
        # "airstrikes that it says have killed X": the gap is the relative's antecedent
        return [head.head]
    if dep == "pcomp":
        if head.dep_ == "agent":
            return []  # "can be downloaded by taking screenshots": by whom is not said
        told = _gerund_object(verb) or _part_owner(verb)
        if told is not None:
            return _conjuncts(told)
        for ancestor in verb.ancestors:
            if ancestor.pos_ == "ADJ" and ancestor.dep_ == "amod":
                return [ancestor.head]  # "a ship capable of carrying tanks": the ship
            if ancestor.pos_ in VERBAL and ancestor.dep_ not in ("amod", "aux"):
                return _subjects(ancestor, depth + 1)[0]
            if ancestor.dep_ == "acomp":
                continue
    return []


def _ranked_first(noun: Token) -> bool:
    """ "became the first woman (to lead the party)", "was the only Briton (to win)": a
    noun that ranks the copula's subject among others, with an ordinal or "only"."""
    return noun.dep_ == "attr" and lemma_of(noun.head).lower() in ("be", "become") and any(
        t.dep_ == "amod" and t.lower_ in ORDINAL_WORDS for t in noun.children)


def _described_noun(verb: Token) -> Token | None:
    """ "centralized its management in the region, comprising A and B": the region comprises
    them; the noun right before the comma is what a stative participle describes, and the
    noun right before a participle of what it is about ("charged with murder pertaining to
    the shooting": the murder, not the one charged). "invited Lee, then visibly ailing, to
    appear": a participle opened by "then" (at that time) tells the state of the noun before
    the comma."""
    if verb.tag_ != "VBG" or verb.i < 2:
        return None
    doc = verb.doc
    lemma = lemma_of(verb).lower()
    if lemma in TOPIC_PARTICIPLES and doc[verb.left_edge.i - 1].pos_ in ("NOUN", "PROPN"):
        return _name_root(doc[verb.left_edge.i - 1])
    if lemma not in STATIVE_VERBS and not _set_off_then(verb):
        return None
    comma, before = doc[verb.left_edge.i - 1], doc[verb.left_edge.i - 2]
    if comma.text != "," or before.pos_ not in ("NOUN", "PROPN"):
        return None
    return _name_root(before)


def _set_off_then(verb: Token) -> bool:
    """Is the participle's phrase opened by "then" and closed by a comma with more of the
    sentence after it ("Lee, then visibly ailing, agreed")? A phrase set off so is an aside on
    the noun before it; "shelled the town, then withdrawing" runs to the end of its clause."""
    doc = verb.doc
    opener = doc[verb.left_edge.i]
    if opener.lower_ != "then" or opener.head.i != verb.i:
        return False
    # the noun is an argument of a verb ("starting in projects like the kernel, then
    # participating in X, then ...": steps in a row, no aside on the kernel)
    noun = doc[verb.left_edge.i - 2]
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    return any(t.text == "," and t.i + 1 < len(doc) and not doc[t.i + 1].is_punct and
               doc[t.i + 1].dep_ != "cc" and doc[t.i + 1].lower_ != "then"
               for t in doc[verb.i + 1 : verb.sent.end - 1])


def _is_effort(verb: Token) -> bool:
    """ "had trouble landing", "has difficulty paying": an -ing verb on the object of "have"."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and \
        lemma_of(head).lower() in EFFORT_NOUNS and lemma_of(head.head).lower() == "have"


def _past_after_a_bare_verb(verb: Token) -> bool:
    """ "urged the embassy to reconsider and spoke with X", "would sign the act, renamed
    the Y act": a tensed form (past or present: "has arranged for troops to be ready and
    has teams at hand") shares neither the "to" nor the modal of the bare verb it is
    conjoined to. After "and" it goes on the clause that verb hangs on, in the same tense
    ("thought I could do nothing and went back"); after a comma alone it is a participle
    the parser read as a verb, and has no subject."""
    head = verb.head
    # (not a present "VBP": its form is the bare verb's, "to cancel it and argue")
    if verb.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB" or any(
            t.dep_ in ("aux", "auxpass", *SUBJECT_DEPS) for t in verb.children):
        return False
    return any(t.dep_ == "aux" and t.tag_ in ("TO", "MD") for t in head.children)


_TENSED = ("VBD", "VBZ", "VBP")


def _tense(verb: Token) -> str:
    """The tensed tag of a verb, or of its auxiliary ("has arranged": VBZ), or ""."""
    if verb.tag_ in _TENSED:
        return verb.tag_
    return next((t.tag_ for t in verb.children if t.dep_ in ("aux", "auxpass") and
                 t.i < verb.i and t.tag_ in _TENSED), "")


def _leaves_the_report(verb: Token) -> bool:
    """ "She said the council had not voted, and mentioned arbitration": a verb after ", and"
    in the tense of the reporting verb, unlike the reported one, goes on the main clause."""
    reported = verb.head
    if reported.dep_ != "ccomp" or lemma_of(reported.head) not in REPORTING_VERBS:
        return False
    cc = next((t for t in reported.children if t.dep_ == "cc" and t.i < verb.i), None)
    if cc is None or cc.i == 0 or cc.doc[cc.i - 1].text != ",":
        return False
    return verb.tag_ == reported.head.tag_ and not any(
        t.dep_ in ("aux", "auxpass") for t in verb.children) and any(
        t.dep_ in ("aux", "auxpass") for t in reported.children)


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
    if verb.dep_ == "conj" and verb.head.pos_ in VERBAL and finite and verb.tag_ != "VBG":
        return _subject_after_and(verb)
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
    if first.dep_ not in ("conj", "appos", "pobj", "dobj") or _inverted_copula(verb, first):
        return []
    rest = [c for c in first.conjuncts if first.i < c.i < start]
    return [first, *rest[: MAX_CONJUNCTS - 1]]


def _inverted_copula(verb: Token, noun: Token) -> bool:
    """Is the noun before "be" inside a phrase fronted on it, with the complement after
    ("Among the rulings written by Lee was her dissent in the case": the dissent is the
    subject, Lee no more than the phrase's)?"""
    if noun.dep_ != "pobj" or lemma_of(verb) != "be" or \
            not any(c.dep_ in ("attr", "acomp") and c.i > verb.i for c in verb.children):
        return False
    return any(a.dep_ == "prep" and a.head.i == verb.i and a.i < noun.i for a in noun.ancestors)


def _subject_on_participle(verb: Token) -> list[Token]:
    """ "Officers, already watching him, chased him": the parser may hang the subject on the
    participle set off by commas before a finite verb; the subject is the verb's too."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.dep_ not in ("ROOT", "ccomp") or not finite:
        return []
    start = min([c.i for c in verb.children if c.dep_ in GROUP_DEPS and c.i < verb.i] + [verb.i])
    doc = verb.doc
    for part in verb.children:
        if part.dep_ not in ("advcl", "acl") or part.tag_ not in ("VBG", "VBN") or \
                part.i > verb.i or part.right_edge.i + 1 != start - 1 or \
                doc[start - 1].text != ",":
            continue
        # (set off by a comma too: "officers, already ...", not "officers watching him")
        subject = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i and
                        c.pos_ in ("NOUN", "PROPN") and
                        any(t.text == "," for t in doc[c.i + 1 : part.i])), None)
        if subject is not None:
            return _conjuncts(subject)
    return []


def _subject_after_and(verb: Token) -> list[Token]:
    """ "The troops beat the militia and Atlantis moved in": the parser joins "Atlantis" to
    the object, but the noun right after "and" before a finite verb is that verb's subject."""
    start = min([c.i for c in verb.children if c.dep_ in GROUP_DEPS and c.i < verb.i] + [verb.i])
    if start < 2 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    doc = verb.doc
    before = doc[start - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ != "conj" or \
            before.head.dep_ not in ("dobj", "pobj", "attr") or \
            doc[before.left_edge.i - 1].dep_ != "cc":
        return []
    return [before]


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
    if verb.dep_ in ("xcomp", "advcl") and head.pos_ in VERBAL:
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
    if quoting_verb(verb) is not None:
        return None  # "Speaking to Y, X said, '...'": X's own deed, not a claim of X's
    node = verb
    for _ in range(8):
        for c in node.children:
            if c.lower_ == "according" and c.dep_ == "prep" and (
                    source := according_source(c)) is not None:
                return source
            if c.dep_ in ("parataxis", "advcl") and lemma_of(c) in REPORTING_VERBS and not any(
                g.dep_ in ("ccomp", "dobj", "xcomp", "mark") for g in c.children
            ):
                subjects, _ = _subjects(c)
                if subjects:
                    return subjects[0]
        if node.dep_ == "ccomp" and lemma_of(node.head) in REPORTING_VERBS:
            if opens_with_a_relative(node):
                return None  # "X commented - which Y noted as unusual -": Y's, not X's
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
    "participle": 0.3,  # "Toronto-shot series" -> Toronto shoot series
    "backing-participle": 0.8,  # "Iran-backed factions" -> Iran back factions
    "location": 0.45,  # "a camp in Kenya" -> camp be in Kenya
    "located-in": 0.45,  # "the Marlow Institute in Quebec" -> institute be located in Quebec
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
    """The noun of "is the head of Y": a copula's complement naming a relation to another noun.
    Of "became head of Y and prime minister", the first: the role is Y's, not Y itself."""
    if not objects or lemma_of(main) not in ("be", "become", "remain") or \
            any(o.dep_ != "conj" for o in objects[1:]) or career(main, objects[0]):
        return None
    noun = objects[0]
    if noun.dep_ != "attr" or noun.pos_ != "NOUN" or lemma_of(noun).lower() in QUANTITY_NOUNS:
        return None
    right = [c for c in noun.children if c.i > noun.i and c.dep_ not in ("cc", "conj", "punct")]
    if len(right) != 1 or right[0].dep_ != "prep" or right[0].lower_ not in ROLE_PREPS:
        return None
    if not any(g.dep_ == "pobj" for g in right[0].children):
        return None
    if right[0].lower_ == "with" and _named_owner(noun) is None:
        return None  # "a barren place with few resources": what it has, no relation to it
    before = noun.doc[noun.left_edge.i:noun.i]
    ranked = any(t.ent_type_ == "ORDINAL" or t.lower_ in ORDINAL_WORDS for t in before)
    if lemma_of(noun).lower() not in ROLES and ranked and any(
            t.tag_ in ("JJS", "RBS") for t in before):
        # "the third oldest party in the US", "the second largest city of X": a rank in a
        # ranking, no relation between the two (but "the first state in", "the highest court
        # in" say what it is there)
        return None
    if (ranked or any(t.lower_ == "only" for t in before)) and any(
            g.dep_ in ("advcl", "xcomp", "acl", "relcl") and g.i > noun.i and
            any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
            for g in (*main.children, *noun.subtree)):
        # "became the only candidate in the race to qualify", "the first state in X to vote":
        # first or only in what the infinitive says, which the relation would leave out
        return None
    return noun


@dataclass
class _Clause:
    """The parts of one clause, filled in step by step by the functions below."""

    verb: Token  # the verb that heads the clause ("tried" in "tried to remove X")
    chain: list[Token]  # the verb and the infinitives it carries ("tried", "remove")
    main: Token  # the verb of the event (the last of the chain)
    children: list[Token]  # the main verb's dependents, read once
    group: list[Token]  # the words of the predicate as written
    passive: bool
    subjects: list[Token]
    inherited: bool  # the subjects come from another clause
    subjects_own: bool  # the verb has a subject of its own among its dependents
    time_subjects: list[Token]  # "Monday saw ...": a time in subject position
    listener_verb: bool  # "told reporters that ...": the first object is who is told
    lemma_parts: list[str] = field(default_factory=list)
    negated: bool = False
    modality: str = ""
    objects: list[Token] = field(default_factory=list)
    object_clause: Token | None = None
    extras: list[tuple[Token, str, bool]] = field(default_factory=list)
    agents: list[Token] = field(default_factory=list)  # "by X" of a passive
    shared_from: Token | None = None  # "attacked and burned X": the verb whose object is shared
    fold_prep: Token | None = None  # the preposition folded into the predicate
    role_noun: Token | None = None  # "X is the head of Y": "head"
    idiom: Token | None = None  # "took part in X": the noun that is part of the predicate
    # "called the strikes defensive", "wants the army to leave": a complement of the object
    # without which the statement says something else
    object_complement: Token | None = None
    idiomatic: bool = False  # a light verb or idiom folded into the predicate
    light_verb: bool = False  # "filed a lawsuit against X": read as one verb ("sue X")
    listener: Token | None = None  # "told the minister that ...": who is told
    agent_in_adjunct: bool = False  # "was condemned in a statement by X": X is the agent
    stance_adjective: Token | None = None  # "is critical of X": read as "criticizes X"
    result: list[Token] = field(default_factory=list)  # "shot him dead": part of the predicate
    object_from: int = -1  # where a name the parser hung on the word after it starts

    def add_to_group(self, *tokens: Token) -> None:
        self.group = sorted(set(self.group) | set(tokens), key=lambda t: t.i)


def _clause(verb: Token) -> list[_Statement]:
    """The statements of the clause headed by `verb`: its parts read in order, then emitted."""
    c = _clause_parts(verb)
    if _does_so(c) or _gives_a_title(c) or _gives_a_name(c) or _noun_as_particle(c.main) or \
            _feeling_adjective(c.main) or _how_it_is_put(c.main) or \
            _hedged_by_the_speaker(c.main):
        return []
    _read_modality(c)
    _find_objects(c)
    contact = _contact_relative(c.verb)
    if contact is not None:
        c.objects = [contact[1]]
    if _became_first(c):
        return []
    _lead_over_a_person(c)
    _mark_state_over(c)
    _find_adjuncts(c)
    _fold_resultative(c)
    _fold_captivity(c)
    _fold_verdict(c)
    _fold_declared_as(c)
    _fold_taken_as(c)
    _fold_chosen_as(c)
    _fold_light_verb(c)
    _fold_thanks(c)
    _fold_birthplace(c)
    _meet_a_standard(c)
    _fold_stance_adjective(c)
    _fold_predicate_object(c)
    _fold_invested_sum(c)
    _fold_preposition(c)
    _fold_coming_to_help(c)
    _fold_prize_went_to(c)
    _fold_declared_winner(c)
    _fold_death_place(c)
    _request_complement(c)
    if not _find_complement(c):
        return []
    _read_opponent(c)
    _read_edged(c)
    return _emit(c) + _addressee(c) + _stance_on_owner(c) + _ticket_members(c) + \
        _reciprocal(c) + _under_event(c) + _opponent(c) + _winner(c) + _epithet(c) + \
        _evaluated(c) + _attributed(c) + _stance_source(c) + _stance_adjunct(c) + \
        _adjunct_object(c) + _passive_participant(c)


def _does_so(c: _Clause) -> bool:
    """ "She did so at the request of X": "do so" stands for an act told before. Alone it
    says nothing ("She do at request of X"), and which act it is is a guess."""
    return lemma_of(c.main).lower() == "do" and any(
        t.dep_ == "advmod" and t.lower_ == "so" and t.i == c.main.i + 1 for t in c.children)


# verbs that cause a feeling: after "be", their "-ing" form with no object is an adjective
# ("the turnout was disappointing"), not a deed done to anything after it
FEELING_VERBS = frozenset({
    "alarm", "amaze", "amuse", "annoy", "astonish", "bore", "confuse", "depress",
    "disappoint", "discourage", "disturb", "embarrass", "encourage", "excite", "exhaust",
    "fascinate", "frighten", "frustrate", "horrify", "inspire", "interest", "overwhelm",
    "please", "reassure", "relax", "satisfy", "shock", "startle", "surprise", "terrify",
    "thrill", "trouble", "underwhelm", "worry",
})


def _feeling_adjective(verb: Token) -> bool:
    """ "Attendance was underwhelming with empty seats visible": the parser reads the
    adjective as a progressive verb, which makes "underwhelm with" a relation. Only with an
    object ("the virus was worrying doctors") does the "-ing" form act on anything."""
    return verb.tag_ == "VBG" and lemma_of(verb).lower() in FEELING_VERBS and \
        any(t.dep_ == "aux" and lemma_of(t).lower() == "be" for t in verb.children) and \
        not any(t.dep_ in ("dobj", "ccomp", "xcomp", "dative") for t in verb.children)


# verbs of knowing or seeing in "as I see it", "as we know": how a thing is put
PUTTING_VERBS = REPORTING_VERBS | {"consider", "see", "know", "understand", "put", "define"}


# verbs a speaker hedges with ("I guess the main thing I do is ..."): said in the first
# person, what the parser gives them as an object opens the clause they hedge
HEDGING_VERBS = frozenset({"guess", "suppose", "reckon"})


def _hedged_by_the_speaker(verb: Token) -> bool:
    """ "I guess the main thing that I'm working on, I ...": a speaker's hedge, no guess
    made of a thing (not "she guessed the answer")."""
    return lemma_of(verb).lower() in HEDGING_VERBS and any(
        t.dep_ == "nsubj" and t.lower_ in ("i", "we") for t in verb.children)


def _how_it_is_put(verb: Token) -> bool:
    """ "DRM, as I consider it, stands for ...", "Like I mentioned in the last question, ...":
    a speech or thought clause after "as" or "like" says how something is put or where it
    was said, not what anyone did to anything. Read as a clause, its "it" becomes the
    subject of the sentence ("Lee considers DRM"), its place a thing ("mentioned in the
    question"). With an object of its own ("as Lee told reporters", "as soon as she saw me")
    it is left alone."""
    if verb.dep_ != "advcl" or lemma_of(verb).lower() not in PUTTING_VERBS or not any(
            t.dep_ == "mark" and t.lower_ in ("as", "like") for t in verb.children):
        return False
    # not "as soon as she saw me" (a time), nor "as reported by X" (a source named)
    return not any(t.dep_ == "agent" or t.dep_ == "advmod" and t.lower_ in ("soon", "long")
                   for t in verb.children) and \
        all(t.lower_ in ("it", "this", "that") for t in verb.children if t.dep_ == "dobj") and \
        not any(t.dep_ == "dative" for t in verb.children)


# participles that give their noun a title: "a film entitled 'Home'" names the film
TITLE_VERBS = frozenset({"entitle", "title", "subtitle"})


def _noun_as_particle(verb: Token) -> bool:
    """ "the death of pioneering oceanographer Tom Kell": the parser may read the adjective
    as a verb, the role noun after it as its particle and the name as its object. A particle
    is never a noun: the "verb" describes the name, it does nothing to it."""
    return any(c.dep_ == "prt" and c.pos_ == "NOUN" for c in verb.children)


def _gives_a_title(c: _Clause) -> bool:
    """ "a retrospective about Lee entitled 'Home' by Acme": the participle names its noun.
    What follows is the title, and the noun's maker and topic do nothing to each other.
    The parser may read the participle as a past verb with the topic for its subject; a
    "by" after it without a passive auxiliary gives it away."""
    if lemma_of(c.main).lower() not in TITLE_VERBS:
        return False
    if c.main.dep_ == "acl" and c.main.tag_ == "VBN":
        return True
    return any(t.dep_ == "agent" for t in c.children) and \
        not any(t.dep_ == "auxpass" for t in c.children)


# participles that give the noun before them another name: "Lee, nicknamed 'the Iron
# Lady', ...", "the mass of water, called a plume, ..."
NAME_GIVING_PARTICIPLES = frozenset({"call", "nickname", "dub", "name", "term", "label",
                                     "brand", "style"})


def _gives_a_name(c: _Clause) -> bool:
    """ "Ana Velin, nicknamed 'the Madonna of Valdora', had ...": the participle after the
    comma renames the noun before it, which neither calls nor names anyone. The parser
    may read it as a past verb with that noun for its subject; the comma and no auxiliary
    give it away (an adverb may stand between: "Lee, reportedly nicknamed ...")."""
    main = c.main
    if lemma_of(main).lower() not in NAME_GIVING_PARTICIPLES or main.tag_ not in ("VBN", "VBD") \
            or any(t.dep_ in ("aux", "auxpass") for t in main.children):
        return False
    before = main.i - 1
    while before > 0 and main.doc[before].dep_ == "advmod" and main.doc[before].head == main:
        before -= 1
    if before < 1 or main.doc[before].text != "," or any(
            t.dep_ in SUBJECT_DEPS and t.i > before for t in main.children):
        return False
    # the comma closes the noun itself ("Lee, nicknamed"), not words set off after it
    # ("Lee, director of Acme, called the death a tragedy"; "Lee, while in Oslo, called")
    word = main.doc[before - 1]
    subjects = {t.i for t in main.children if t.dep_ in SUBJECT_DEPS}
    while word.i not in subjects and word.dep_ != "appos" and word.head.i != word.i:
        word = word.head
    return word.i in subjects


def _clause_parts(verb: Token) -> _Clause:
    """The verb chain, predicate words, voice and subjects of a clause."""
    chain = _chain(verb)
    main = chain[-1]
    passive = _is_passive(main)
    # "X is said to have killed Y": the subject of the first verb is the agent of the event
    subjects, inherited = _subjects(verb)
    subjects = [t for t in subjects if not _region_of_a_town_before(t)]
    # "Monday saw police search the block": a time in subject position says when, not who
    time_subjects = [] if passive else [t for t in subjects if _is_time_subject(t)]
    if time_subjects:
        subjects = [t for t in subjects if not _is_time_subject(t)]
        event_subjects = _event_relative_subjects(verb, main)
        if event_subjects:
            subjects, inherited, time_subjects = event_subjects, True, []
    children = list(main.children)
    contact = _contact_relative(verb)
    if contact is not None:
        subjects, inherited, passive = [contact[0]], False, False
    misread = _verb_read_as_modifier(verb)
    if misread is not None:
        subjects, inherited, passive = [misread], False, False
    return _Clause(
        verb=verb, chain=chain, main=main, children=children, group=_predicate_tokens(chain),
        passive=passive, subjects=subjects, inherited=inherited, time_subjects=time_subjects,
        subjects_own=any(t.dep_ in SUBJECT_DEPS for t in verb.children),
        listener_verb=lemma_of(main).lower() in LISTENER_VERBS,
        lemma_parts=[lemma_of(main).lower()] + [t.lower_ for t in children if t.dep_ == "prt"],
    )


def _contact_relative(verb: Token) -> tuple[Token, Token] | None:
    """ "Ann Lee, a lawyer Tom Reed appointed last year": a relative clause without "who" or
    "that", which the parser reads as a name beside the noun and a participle after it. The
    name is who appoints, the noun (or the name it stands beside) who is appointed; only
    for verbs that put a person in a post, whose object the noun plainly is."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or \
            lemma_of(verb).lower() not in APPOINTING_VERBS or any(
            t.dep_ in (*SUBJECT_DEPS, "aux", "auxpass", "agent", "dobj") for t in verb.children):
        return None
    name = doc[verb.i - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    first = name.i
    while first > 0 and doc[first - 1].pos_ == "PROPN":
        first -= 1  # the name and a title before it ("a lawyer Governor Tom Reed")
    noun = doc[first - 1] if first > 0 else name
    if noun.tag_ != "NN" or not noun.is_lower or not any(
            d.dep_ == "det" for d in noun.children) or name.head.i != noun.i \
            and noun.head.i != name.i:
        return None
    phrase = name if noun.head.i == name.i else noun
    referent = phrase.head if phrase.dep_ == "appos" and phrase.head.pos_ == "PROPN" else noun
    return name, referent


def _verb_read_as_modifier(verb: Token) -> Token | None:
    """ "Biden named Senator Ann Lee as his running mate.": the parser may take the sentence's
    subject for its root and the past verb for a modifier of it ("a man named Lee"); a name
    that opens the sentence, with a past tense (not a participle) of putting a person in a
    post after it, is the subject of that verb."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or head.dep_ != "ROOT" or \
            head.pos_ != "PROPN" or head.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") or \
            lemma_of(verb).lower() not in APPOINTING_VERBS | CHOOSING_VERBS or \
            head.left_edge.i != head.sent.start or verb.i != head.i + 1 or \
            any(t.dep_ in (*SUBJECT_DEPS, "aux", "auxpass", "agent") for t in verb.children):
        return None
    return head


def _relative_subject(name: Token) -> bool:
    """Whether a name is who acts in a contact relative (see _contact_relative): no
    apposition or title of the phrase it was parsed into."""
    doc = name.doc
    verb = doc[name.i + 1] if name.i + 1 < len(doc) else None
    return verb is not None and _contact_relative(verb) is not None


def _region_of_a_town_before(subject: Token) -> bool:
    """ "moved into a Dalton, Ohio assisted living facility": the region after "a <town>,"
    is part of a phrase that goes on past it (an article before a town's name opens a noun
    phrase, "Ohio" no subject of "assisted")."""
    doc = subject.doc
    if subject.i < 2 or doc[subject.i - 1].text != "," or not is_place_phrase(subject):
        return False
    town = doc[subject.i - 2]
    return town.pos_ == "PROPN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in town.children)


# "..., which killed nine": verbs whose subject, after a time, is the event told before it
EVENT_RELATIVE_VERBS = KILLING_MEANS | frozenset({"kill", "injure", "wound"})


def _event_relative_subjects(verb: Token, main: Token) -> list[Token]:
    """ "The blast hit the market on Monday, which left nine people dead": a relative clause
    after a time, set off by a comma, tells what the event did; the one who did it is the
    subject of the clause the time belongs to (the blast). Only for killing and wounding."""
    if verb.dep_ != "relcl" or lemma_of(main).lower() not in EVENT_RELATIVE_VERBS or \
            verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return []
    clause = next((a for a in verb.head.ancestors if a.pos_ in VERBAL), None)
    if clause is None:
        return []
    subjects, _ = _subjects(clause, 1)
    return [t for t in subjects if not _is_time_subject(t)]


def _read_modality(c: _Clause) -> None:
    """Negation and modality: control verbs ("tried to"), modal auxiliaries, hedging adverbs,
    the frame of a clausal complement ("it seems that ..."), and the clause's place in the
    sentence (a purpose, a condition, a request: see _frame_modality)."""
    modality, negated = _chain_modality(c)
    verb = c.verb
    if not modality:
        modality = _report_modality(verb)
    framed, negates = _frame_modality(verb)
    if negates:
        negated = True
    if framed == "conditional" and modality in ("", "future") or framed and not modality:
        modality = framed
    if not modality and (_fixture(c) or _headline_plan(c)):
        modality = "future"
    c.negated, c.modality = negated, modality
    _inherit_from_implicative(c)
    if not c.modality:
        _share_modality(c)
    if not c.modality:
        _share_participle_modality(c)
    if not c.modality and _until_what_is_not_done(c.verb):
        c.modality = "hypothetical"


def _fixture(c: _Clause) -> bool:
    """ "Rovers travel to Leeds next Sunday", "the minister visits Oslo tomorrow": a verb in
    the simple present with a time still to come tells what is fixed for later, not done."""
    main = c.main
    if main.tag_ not in ("VBZ", "VBP") or any(t.dep_ in ("aux", "auxpass") for t in c.group):
        return False
    times = [t for t in main.children if t.dep_ in ("npadvmod", "advmod")]
    times += [g for t in main.children if t.dep_ == "prep" for g in t.children
              if g.dep_ == "pobj"]
    return any(_time_to_come(t) for t in times)


def _headline_plan(c: _Clause) -> bool:
    """ "NHS to offer weight-loss drug", "Acme to cut 500 jobs": a headline's subject with a
    bare infinitive and no finite verb tells what is to come, not what was done."""
    main = c.main
    return main.dep_ == "ROOT" and main.tag_ == "VB" and any(
        t.dep_ == "nsubj" for t in main.children) and any(
        t.dep_ == "aux" and t.tag_ == "TO" and t.i < main.i for t in main.children)


def _time_to_come(time: Token) -> bool:
    """Is the time still to come: "tomorrow", "next week", "in the coming weeks"? Not "the
    next day", which is a later day of the story told."""
    if time.lower_ in COMING_TIME_WORDS:
        return True
    told = any(d.dep_ == "det" for d in time.children)
    return any(m.dep_ == "amod" and m.lower_ in COMING_TIME_MODIFIERS
               and not (m.lower_ == "next" and told) for m in time.children)


def _became_first(c: _Clause) -> bool:
    """ "became the first Pacific Islander to win the prize": what she became is the first
    to win it (the infinitive's statement says so), not a Pacific Islander."""
    return c.lemma_parts == ["become"] and len(c.objects) == 1 and \
        _ranked_first(c.objects[0]) and any(
            t.dep_ in ("relcl", "xcomp") and any(g.tag_ == "TO" for g in t.children)
            for t in [*c.objects[0].children, *c.main.children])  # the parser hangs it on either


def _lead_over_a_person(c: _Clause) -> None:
    """ "Biden leads Trump by eight points": a person is led only in a race, so the one
    ahead is ahead of the other, never the head of him ("leads" is heading a body). With
    no person ahead ("one of the series leads", a death that "led" to protests after a
    name) the parse is wrong: no object at all."""
    if c.lemma_parts != ["lead"] or c.passive or not c.objects or \
            not all(o.ent_type_ == "PERSON" for o in c.objects):
        return
    if c.subjects and all(t.ent_type_ == "PERSON" for t in c.subjects):
        c.lemma_parts = ["be", "ahead", "of"]
    else:
        c.objects = []


# posts held over time: told with a copula in the past ("was the head of"), over ("was
# the founder of" tells an act, which stays)
HELD_ROLES = (ROLES - FOUNDER_ROLES) | CANDIDATE_ROLES


# stands held over time, and the adverbs that set one before the time of telling: "had
# previously opposed the plan", "once backed her" say nothing of the stand today
HELD_STANCES = frozenset({"oppose", "support", "back", "endorse", "favor", "favour"})
# "had previously opposed", "his previous support for X": a stand held before, not now
EARLIER_WORDS = frozenset({"previously", "formerly", "once", "initially", "originally",
                           "earlier", "previous", "former", "erstwhile", "one-time"})


# places and bodies a post is held over, beside the names the recognizer tags
_HELD_OVER = frozenset(ORG_WORDS | NAMED_PLACE_NOUNS | {"country", "nation", "state"})
_HELD_OVER_ENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})


def _mark_state_over(c: _Clause) -> None:
    """ "X ruled Zimbabwe for 37 years", "she chaired the party": a post or a possession told
    in the simple past (or "had led") is over as far as the text says: modality "former",
    never a present edge. Only a post over a body or a place; "led the protest" happened."""
    main = c.main
    if c.modality or len(c.lemma_parts) != 1:
        return
    if c.lemma_parts[0] in HELD_STANCES and any(
            t.dep_ == "advmod" and t.lower_ in EARLIER_WORDS for t in main.children):
        c.modality = "former"  # "had previously opposed the plan": the stand was, not is
        return
    if c.lemma_parts[0] not in PAST_STATE_VERBS:
        return
    past = main.tag_ == "VBD" and not c.passive or any(
        t.dep_ in ("aux", "auxpass") and t.lower_ in ("had", "was", "were") for t in c.group)
    held = [_whole_of(o) for o in ([*c.objects, *c.subjects] if c.passive else c.objects)]
    if past and any(o.ent_type_ in _HELD_OVER_ENTS or lemma_of(o).lower() in _HELD_OVER
                    for o in held):
        c.modality = "former"


def _whole_of(noun: Token) -> Token:
    """The thing a share of it stands for ("controlled a majority of the House": the House)."""
    if lemma_of(noun).lower() not in PART_OF_NOUNS:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = prep_object(of) if of is not None else None
    return whole if whole is not None else noun


# verbs that see an event happen, with a bare infinitive: "the plan would see Zembla buy
# Acme" is as much to come as the seeing ("saw the troops attack the town" as done)
WITNESS_VERBS = frozenset({"see", "watch", "witness"})


def _inherit_from_implicative(c: _Clause) -> None:
    """ "did not force the rebels to retreat", "could help farmers sell the crop": what an
    implicative verb says of itself it says of the event it brings about."""
    verb = c.verb
    frame = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or frame.pos_ not in VERBAL or not (
            lemma_of(frame).lower() in IMPLICATIVE_VERBS or
            lemma_of(frame).lower() in WITNESS_VERBS and verb.tag_ == "VB"):
        return
    parent = _read_clause(frame)
    c.modality = c.modality or parent.modality
    c.negated = c.negated or parent.negated


def _chain_modality(c: _Clause) -> tuple[str, bool]:
    """What the verb group says: control verbs ("tried to", "failed to"), modal auxiliaries
    ("may", "will", "would have"), hedging adverbs ("allegedly"); and negation."""
    chain = c.chain
    negated = any(_is_negated(v) for v in chain) or any(
        t.lower_ in NEGATORS and not is_whether_or_not(t) for t in c.group
    )
    modality = ""
    for k, v in enumerate(chain[:-1]):
        if v.pos_ == "AUX":
            adjective = next((t for t in v.children if t.dep_ == "acomp"), None)
            lemma = lemma_of(adjective if adjective is not None else v).lower()
            if lemma == "be" and lemma_of(chain[k + 1]).lower() == "blame":
                continue  # "X is to blame": X is responsible, nothing is planned
        else:
            lemma = _framing_lemma(v)  # "ruled out sending troops"
        if lemma == "vote" and _voted_act(chain[k + 1]):
            continue  # "voted to elect Lee": the vote did it
        if chain[k + 1].tag_ == "VBG" and lemma in GERUND_MODALITY and not modality:
            modality = GERUND_MODALITY[lemma]  # "opposed ending the war": not done
        elif lemma in CONTROL_MODALITY and not modality:
            modality = CONTROL_MODALITY[lemma]
        elif v.pos_ == "AUX" and not modality and lemma in HEDGE_ADJECTIVES | NEED_ADJECTIVES:
            # "it is possible / vital to host a server": a chance or a need, not an act
            modality = "possible" if lemma in HEDGE_ADJECTIVES else "necessary"
        elif lemma == "go" and v.tag_ == "VBG" and not modality:
            modality = "future"  # "is going to attack" (but "went to see" is a purpose)
        if lemma in CONTROL_NEGATES:
            negated = not negated
        elif any(t.dep_ == "acomp" and lemma_of(t) in CONTROL_NEGATES for t in v.children):
            negated = not negated  # (a copula's adjective is its lemma already: count it once)
    for t in c.group:
        if not modality and t.dep_ == "aux" and t.lower_ in MODAL_MODALITY:
            modality = MODAL_MODALITY[t.lower_]
            if t.lower_ in ("would", "could", "might") and any(
                    a.i > t.i and a.lower_ == "have" and a.dep_ == "aux" for a in c.group):
                modality = "hypothetical"  # "would have allowed": it did not happen
    if not modality:
        modality = modality_of_adverbs(itertools.chain.from_iterable(v.children for v in chain))
    return modality, negated


def _voted_act(verb: Token) -> bool:
    """Is the act one a vote performs by being taken ("voted to elect Lee", "voted to hold
    Lee in contempt"), not one it only decides on ("voted to leave the union")?"""
    lemma = lemma_of(verb).lower()
    return lemma in VOTED_ACTS or lemma == "hold" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "contempt" for g in c.children)
        for c in verb.children)


def _is_negated(verb: Token) -> bool:
    """A negator on the verb or on one of its auxiliaries ("are not limited to": the parser
    may hang "not" on "are")."""
    return any(is_negator(t) for t in verb.children) or any(
        is_negator(g) for t in verb.children if t.dep_ in ("aux", "auxpass") and t.i < verb.i
        for g in t.children)


def _report_modality(verb: Token) -> str:
    """ "officials believe that X", "it seems / it is likely that X", "did not find that X":
    the frame of a clause."""
    if _unsupported(verb):
        return DISPUTED
    if verb.dep_ != "ccomp":
        clause = _reported_clause(verb)
        if clause is None:
            return ""
        # "denied that the police beat them and robbed them": the second is denied too (a
        # frame that reports a fact leaves a conjoined clause as it was)
        frame = lemma_of(clause.head)
        if _disputed_frame(clause):
            return DISPUTED
        return REPORT_MODALITY[frame] if frame in UNDERMINING_FRAMES else ""
    if _disputed_frame(verb):
        return DISPUTED
    frame = lemma_of(verb.head)
    if frame in REPORT_MODALITY:
        return REPORT_MODALITY[frame]
    if verb.i < verb.head.i:
        # "Officials said three died; their names were not given": a report the parser hung
        # on the clause after it is no complement of that clause
        return _hedge_frame(verb)
    if verb.head.pos_ in VERBAL and frame not in FACTIVE_VERBS | IMPLICATIVE_VERBS and \
            _is_negated(verb.head):
        return "possible"  # "the inquiry did not find that X broke the law": left open
    if frame in MANDATIVE_VERBS and frame not in LISTENER_VERBS and not any(
            c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        # "demanded that the minister resign" (but "asked whether X" asks, see _frame_modality)
        return OBJECT_CONTROL_MODALITY.get(frame) or CONTROL_MODALITY.get(frame, "requested")
    if any(t.dep_ in ("acomp", "oprd") and t.lower_ in NEED_ADJECTIVES
           for t in verb.head.children) and (verb.tag_ == "VB" or any(
            t.dep_ == "aux" and t.lower_ == "should" for t in verb.children)):
        # "it is vital that the army protect the border" (not "... that it protected")
        return "necessary"
    return _hedge_frame(verb)


def _hedge_frame(verb: Token) -> str:
    """ "it is likely / it seems that the army shelled the town": a clause left open; "it is
    false that ...": a clause said not to hold."""
    if lemma_of(verb.head) in ("seem", "appear") or any(
        t.dep_ in ("acomp", "oprd") and t.lower_ in HEDGE_ADJECTIVES for t in verb.head.children
    ):
        return "possible"
    if any(t.dep_ in ("acomp", "oprd") and t.lower_ in FALSITY_ADJECTIVES
           for t in verb.head.children):
        return DISPUTED
    return ""


def _reported_clause(verb: Token) -> Token | None:
    """The clausal complement a verb is conjoined to ("claimed Ruiz had bribed the judges
    and threatened the witnesses": "threatened" is in the clause of "bribed"), or None."""
    for _ in range(4):
        if verb.dep_ != "conj":
            return None
        verb = verb.head
        if verb.dep_ == "ccomp":
            return verb
    return None


def _disputed_frame(clause: Token) -> bool:
    """Does the article dispute the clause its frame reports: "falsely claimed that X",
    "said without evidence that X", "claimed X, which Ruiz denied"?"""
    frame = clause.head
    if any(t.dep_ == "advmod" and t.lower_ in DISPUTING_ADVERBS for t in frame.children):
        return True
    if any(t.dep_ == "prep" and t.lower_ == "without" and any(
            g.dep_ == "pobj" and lemma_of(g).lower() in EVIDENCE_NOUNS for g in t.children)
           for t in frame.children):
        return True
    inside = {t.i for t in clause.subtree} | {frame.i}
    return any(t.dep_ == "relcl" and lemma_of(t).lower() in CONTESTING_VERBS
               and t.head.i in inside and t.i > clause.i
               and any(c.lower_ == "which" for c in t.children)
               and t.doc[t.left_edge.i - 1].text == "," for t in frame.sent)


def _unsupported(verb: Token) -> bool:
    """Is the clause what no evidence shows: "there is no evidence that the army shelled
    the town", "claimed without evidence that X" (the parser may hang the clause on the
    noun)?"""
    if verb.dep_ not in ("acl", "ccomp") or lemma_of(verb.head).lower() not in EVIDENCE_NOUNS:
        return False
    noun = verb.head
    return any(t.dep_ == "det" and t.lower_ in ("no", "little") for t in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "without") or (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and
        lemma_of(noun.head.head).lower() in ("lack", "absence"))


def _share_modality(c: _Clause) -> None:
    """ "seek to divide us and to destroy X", "will attack X and burn Y": a bare verb
    conjoined to another shares what is said of it (a finite one, "and was", does not).
    A present form without a subject of its own after a bare verb ("wants to cancel X and
    argue about Y") is that bare form: the two are written alike and the tagger may miss it."""
    verb = c.verb
    if verb.dep_ != "conj" or c.subjects_own or verb.head.pos_ not in VERBAL or not (
            verb.tag_ == "VB" or verb.tag_ == verb.head.tag_ == "VBG" or
            verb.tag_ == "VBP" and verb.head.tag_ == "VB"):
        return
    top = _chain_top(verb.head)
    parent = _clause_parts(top)
    _read_modality(parent)
    c.modality = parent.modality
    if top.i != verb.head.i or _frame_modality(top)[1]:
        # "declined to hear X and rule on Y", "forbids speaking ill of X and using Y"
        c.negated = c.negated or parent.negated


def _share_participle_modality(c: _Clause) -> None:
    """ "X is expected to get updates until 2024, outliving Y": a participle after the clause
    it hangs on, with no subject of its own, happens only as that clause does. Not as a post
    over ("led the party for years, winning three elections": the wins stand)."""
    verb = c.verb
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or c.subjects_own or \
            verb.head.pos_ not in VERBAL or verb.i < verb.head.i or \
            any(t.dep_ == "mark" for t in verb.children):
        return
    c.modality = _modality_above(verb.head)


# the verbs that bind someone to a deed still to come: "promised protests until X"
_COMMITTING = frozenset(k for k, v in CONTROL_MODALITY.items() if v in ("promised",
                                                                         "threatened"))


def _until_what_is_not_done(verb: Token) -> bool:
    """ "promised protests until Sweden joined the pact", "will strike until Acme raises
    wages": the end of a promise or of what is still to come is not said to come. Not the
    end of what happened ("fought until the army took the town": it took it)."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in VERBAL or not any(
            t.dep_ == "mark" and t.lower_ in ("until", "till") for t in verb.children):
        return False
    if lemma_of(verb.head).lower() in _COMMITTING:
        return True
    return _modality_above(verb.head) not in FACTUAL_MODALITIES


def _read_clause(verb: Token) -> _Clause:
    """The clause whose verb chain ends in `verb` (or that it heads), its modality read."""
    parent = _clause_parts(_chain_top(verb))
    _read_modality(parent)
    return parent


def own_modality(verb: Token) -> tuple[str, bool]:
    """What the words around a control verb say of its own deed, leaving out the verb it
    controls: "may try to seize" may try (possible), "did not threaten to attack" threatened
    nothing (negated), "tried not to hurt" tried all the same. The modality and negation,
    read as for any clause (see _read_modality)."""
    c = _clause_parts(_chain_top(verb))
    c.chain = [v for v in c.chain if v.i <= verb.i]
    c.group = [t for t in c.group if t.i <= verb.i]
    c.main = verb
    _read_modality(c)
    return c.modality, c.negated


def _modality_above(verb: Token) -> str:
    """What the clause a participle, an infinitive or an "until" clause hangs on says of
    itself, passed down: a post told as over ("former") is that clause's own."""
    modality = _read_clause(verb).modality
    return "" if modality == "former" else modality


def _chain_top(verb: Token) -> Token:
    """The control verb whose chain ends in `verb` ("tried" for "remove"), or the verb."""
    top = verb
    for _ in range(5):
        if not _is_merged(top):
            break
        top = top.head if top.head.pos_ in VERBAL else top.head.head
        while top.pos_ not in VERBAL and top.head.i != top.i:
            top = top.head
    return top


def _frame_modality(verb: Token) -> tuple[str, bool]:
    """What the clause around a verb says of its event: a condition ("if ..."), a purpose
    ("To end the feud, ..."), a request ("urged them to leave"), a commitment ("committed
    to sending"), or that it did not happen ("stopped them from crossing"); and whether
    that negates the event."""
    if _is_conditional(verb):
        return "conditional", False
    if verb.tag_ in ("VB", "VBP") and any(
            c.dep_ == "nsubj" and c.lower_ in WISHING_SUBJECTS for c in verb.children):
        return "intended", False  # "God bless the victims": a wish (the verb lacks its -s)
    if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in verb.children) or \
            verb.dep_ == "ccomp" and verb.i > verb.head.i and any(
                c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return "question", False  # "asked whether / if the army had left": an open question
    if verb.dep_ == "pcomp":
        return _gerund_modality(verb)
    framed = _content_clause_modality(verb)
    if framed:
        return framed, False
    if _is_effort(verb):
        return "attempted", False  # "had trouble landing": tried, with little success
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "ccomp") and \
            lemma_of(verb.head).lower() in CONTROL_NEGATES:
        return "", True  # "the law forbids (both) speaking ill of X"
    if any(c.tag_ == "TO" for c in verb.children):
        return _infinitive_modality(verb), False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS
                                    for c in verb.children):
        return "intended", False  # "so that they could escape"
    return "", False


def _content_clause_modality(verb: Token) -> str:
    """A clause that says what an accusation, a claim or a fear is ("the accusation he
    took bribes", "the possibility of the army withdrawing") tells of no deed done.

    Not a relative clause on the same noun ("the claim (that) he made"): that one leaves a
    gap the noun fills, where a content clause has all its arguments (_whole_clause)."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "pobj" and \
            head.head.lower_ == "of":
        head = head.head.head  # "the possibility of Democrats winning"
    elif verb.dep_ not in ("acl", "relcl") or not _whole_clause(verb):
        return ""
    framed = CONTENT_NOUNS.get(lemma_of(head).lower(), "") if head.pos_ == "NOUN" else ""
    if framed and head.dep_ == "dobj" and lemma_of(head.head).lower() in REJECTING_VERBS:
        return DISPUTED  # "denied the accusation that he took bribes"
    if framed and _said_not_to_hold(head):
        return DISPUTED  # "claims that he took bribes were false / were denied"
    return framed


def _said_not_to_hold(noun: Token) -> bool:
    """Is the noun the subject of a clause that calls it false or denies it ("were false",
    "proved untrue", "were denied by his office")?"""
    verb = noun.head
    if noun.dep_ == "nsubjpass":
        return lemma_of(verb).lower() in REJECTING_VERBS
    return noun.dep_ == "nsubj" and any(
        t.dep_ in ("acomp", "oprd", "attr") and t.lower_ in FALSITY_ADJECTIVES
        for t in verb.children)


def _whole_clause(verb: Token) -> bool:
    """Has the clause all its arguments, none of them a relative pronoun? ("he took
    bribes", "he was paid"; not "(that) he made", "which he made": the parser marks a
    relative "that" as it marks a content clause's, so only the gap tells them apart)."""
    words = list(verb.children)
    # (a "that" the parser tags as a relative's but marks as a subordinator opens a
    # content clause: "a theory that Lee killed Reyes")
    if any(c.tag_ in ("WDT", "WP", "WP$") and c.dep_ != "mark" for c in words):
        return False
    return any(c.dep_ == "nsubjpass" for c in words) or any(
        c.dep_ == "nsubj" for c in words) and any(c.dep_ == "dobj" for c in words)


def _condition_marks(verb: Token) -> set[str]:
    """The subordinators of a condition on a verb: "if", "unless", or an auxiliary before the
    subject ("Had the guards seen him", "Should the talks fail")."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"} & CONDITION_MARKS
    if verb.dep_ == "advcl" and verb.left_edge.lower_ in INVERTED_CONDITION_AUX and \
            verb.left_edge.dep_ == "aux" and verb.left_edge.head.i == verb.i and any(
                c.dep_ in SUBJECT_DEPS and c.i > verb.left_edge.i for c in verb.children):
        marks.add(verb.left_edge.lower_)
    return marks


def _is_conditional(verb: Token) -> bool:
    """ "if the army attacks, the rebels will retaliate": both clauses; "provided they pay"."""
    if verb.dep_ == "advcl" and _condition_marks(verb):
        return True
    if any(c.dep_ == "advcl" and _condition_marks(c) or
           c.dep_ == "prep" and c.lower_ in PREPOSITION_MODALITY for c in verb.children):
        return True
    before = verb.doc[verb.left_edge.i - 1].lower_ if verb.left_edge.i > 0 else ""
    # "provided (that) they pay", however the parser hangs "provided"
    # (not the verb of "their names were not provided", which the parser may hang it on)
    return verb.dep_ in ("ccomp", "advcl", "pcomp") and (
        verb.head.lower_ in PREPOSITION_MODALITY and verb.head.i < verb.i and not any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children)
        or before in PREPOSITION_MODALITY)


# superlatives that rank who is fit to do a thing, not who did it: "the best person to lead"
_FITTEST = frozenset({"best", "likeliest"})


def _for_subject(verb: Token) -> Token | None:
    """ "argued for a new agency to regulate the banks": the noun of the "for" right before
    an infinitive is its subject, and what it is to do is wanted, not done."""
    to = verb.left_edge
    if to.tag_ != "TO" or to.head.i != verb.i or to.i == 0:
        return None
    noun = verb.doc[to.i - 1]
    # from the phrase's last word up to the noun of "for" ("for a level of government")
    for _ in range(6):
        if noun.dep_ == "pobj" and noun.head.lower_ == "for":
            return noun if noun.right_edge.i + 1 == to.i else None
        if noun.head.i == noun.i or noun.head.i > to.i:
            return None
        noun = noun.head
    return None


# verbs, with their particle, after which an infinitive tells what followed, not what it
# was for: "went on to win the title", "came back to beat Leeds", "fought back to draw"
RESULT_FRAMES = frozenset({"go on", "come back", "fight back", "hit back", "bounce back",
                           "battle back", "storm back", "recover"})


def _what_followed(verb: Token) -> bool:
    """ "went on to win", "came from behind to beat Leeds", "reached the final, only to
    lose": the infinitive tells what happened next (not "rallied to protest": a purpose)."""
    doc = verb.doc
    to = next((c for c in verb.children if c.tag_ == "TO" and c.i < verb.i), None)
    if to is not None and to.i > 0 and doc[to.i - 1].lower_ == "only":
        return True
    head = verb.head
    lemma = lemma_of(head).lower()
    particle = next((c.lower_ for c in head.children
                     if c.dep_ in ("prt", "advmod") and c.lower_ in ("on", "back")), "")
    if f"{lemma} {particle}".strip() in RESULT_FRAMES:
        return True
    return lemma == "come" and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.lower_ == "behind" for g in c.children)
        for c in head.children)


def _infinitive_modality(verb: Token) -> str:
    """An infinitive is a purpose, a request or a wish unless its frame says it happened."""
    dep, head = verb.dep_, verb.head
    if dep in ("advcl", "xcomp") and _what_followed(verb):
        return ""  # "went on to win the title"
    if dep == "advcl" or _for_subject(verb) is not None:
        return "intended"  # "To end the feud, the ministers invited ..."
    if dep in ("xcomp", "ccomp"):
        frame = lemma_of(head).lower()
        noun = next((t for t in head.children if t.dep_ == "attr" and t.i < verb.i and
                     t.pos_ == "NOUN"), None) if frame == "be" else None
        if noun is not None:
            # "were favourites to sign him": the parser hangs the noun's infinitive on the
            # copula
            return _noun_infinitive_modality(noun)
        if frame in OBJECT_CONTROL_MODALITY:
            return OBJECT_CONTROL_MODALITY[frame]  # "urged the rebels to surrender"
        told = any(t.dep_ in ("dobj", "dative") and t.i < verb.i for t in head.children)
        if told and frame not in IMPLICATIVE_VERBS:
            return "intended"  # "appointed managers to conduct the prosecution"
        return ""
    if dep in ("acl", "relcl") and head.pos_ in NOMINAL:
        return _noun_infinitive_modality(head)
    return ""


def _noun_infinitive_modality(noun: Token) -> str:
    """ "a deal to export gas", "mouths with which to catch prey", "favourites to win": what
    it is for, or may be; "the first to arrive": done."""
    if any(t.dep_ == "amod" and (t.tag_ == "JJS" or t.lower_ in ORDINAL_WORDS)
           and t.lower_ not in _FITTEST for t in noun.children):
        # "the first to arrive", "the only country to vote": done, as far as the
        # copula says ("would be the first woman to serve": not yet)
        return _modality_above(noun.head) if _ranked_first(noun) else ""
    return NOUN_FRAMES.get(lemma_of(noun).lower(), "intended")


def _gerund_modality(verb: Token) -> tuple[str, bool]:
    """A gerund after a preposition: "committed to sending", "for the purpose of obtaining",
    "stopped them from crossing", "without paying", "cheaper than buying"."""
    prep = verb.head
    word = prep.lower_
    if prep.head.pos_ == "NOUN" and lemma_of(prep.head).lower() in NOUN_FRAMES:
        return NOUN_FRAMES[lemma_of(prep.head).lower()], False  # "the purpose of obtaining"
    if word == "without" or word == "of" and (prep.head.lower_ in ("instead", "short") or
                                              prep.doc[prep.i - 1].lower_ == "short") or \
            word == "than" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "rather":
        # "left without paying", "instead of / rather than attacking", "stopped short of
        # endorsing" (the parser may hang the "of" on the verb)
        return "", True
    if word in ("than", "like"):
        return "hypothetical", False  # "cheaper than buying a server": a comparison
    framing = _gerund_frame(prep)
    if lemma_of(framing) == "be":  # "was (not) successful in defeating": the adjective frames
        framing = next((c for c in framing.children if c.dep_ == "acomp"), framing)
    frame = lemma_of(framing).lower()
    retreat = " ".join([frame, *(c.lower_ for c in framing.children
                                 if c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "back"))])
    if word == "from" and (frame in GERUND_NEGATES or retreat in GERUND_NEGATES) or \
            frame in GERUND_FAILS or \
            word == "of" and frame in GERUND_CLEARS:
        return "", True
    clause = framing.head if framing.dep_ in ("acomp", "oprd") else framing
    denied = _is_negated(clause) or any(is_negator(t) for t in framing.children)
    modality = GERUND_FRAMES.get((frame, word), "")
    if not modality and _is_conditional(clause):
        return "conditional", False  # "if the rebels succeeded in capturing the town"
    if frame in GERUND_SHARES_NOT:
        return "", denied
    if modality == "alleged" and _denied_by_the_accused(framing):
        return DISPUTED, False  # "X, which has been accused of arming Y, denied the claims"
    # "was never charged with killing Lee": no one says he did
    return ("possible" if denied and modality == "alleged" else modality), False


# what the accused deny when they deny an accusation made of them ("denied the claims")
_DENIED_NOUNS = SUSPICION_NOUNS | {"claim", "report", "wrongdoing", "it",
                                  "they"}  # ("them" by its lemma)


def _denied_by_the_accused(framing: Token) -> bool:
    """ "The Emirates, which has been accused of arming the rebels, denied the allegations",
    "Lee was accused of taking bribes but denied them": the one accused denies it in the
    same sentence (a denial of anything else, "rejected the plan", denies nothing of it)."""
    if framing.dep_ in ("relcl", "acl"):
        noun = framing.head
        denial = noun.head if noun.dep_ in SUBJECT_DEPS else None
    else:
        denial = next((c for c in framing.children if c.dep_ == "conj" and c.pos_ in VERBAL
                       and not any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
    if denial is None or _is_negated(denial):
        return False
    lemma = lemma_of(denial).lower()
    objects = [lemma_of(c).lower() for c in denial.children if c.dep_ == "dobj"]
    return lemma in REJECTING_VERBS and (not objects and lemma == "deny" or
                                         bool(set(objects) & _DENIED_NOUNS))


def _find_objects(c: _Clause) -> None:
    """The direct object(s), the one told, a relative clause's gap, a shared object, or a
    clausal object."""
    if c.time_subjects:
        c.extras.append((c.time_subjects[0], "time", False))
    _direct_objects(c)
    if _object_opens_a_clause(c):
        c.objects = []  # "maintained the agency could cope": the agency is no object
    if not c.objects:
        c.objects = _relative_gap(c)
    _fold_idiom(c)
    c.object_complement = _object_complement(c)
    if not c.objects and not c.passive:
        _shared_object(c)
    if not c.objects and not c.passive:
        _helped_object(c)
    _helped_name(c)
    _appointed_name(c)
    if not c.objects:
        _clausal_object(c)
    _fused_listener(c)


# verbs whose object is helped to do what the infinitive after it says ("helped the army
# retake the town"): the help is given to the object whatever the act is
HELPING_VERBS = frozenset({"help", "assist", "aid"})


# words that open a noun phrase: after a noun, they start another phrase
_PHRASE_OPENERS = frozenset({"much", "many", "more", "most", "some", "all", "part", "parts"})


def _helped_name(c: _Clause) -> None:
    """ "helped President Lee recapture much of the country": the parser may read the bare
    infinitive as a noun with the name for its modifiers ("Lee recapture"). A bare singular
    noun right after a name, followed at once by the start of another noun phrase, is the
    verb; the name is the one helped."""
    if len(c.objects) != 1 or c.lemma_parts[0] not in HELPING_VERBS:
        return
    word = c.objects[0]
    doc = word.doc
    name = [t for t in word.lefts]
    if word.tag_ != "NN" or not word.is_lower or not name or word.i + 1 >= len(doc) or \
            any(t.dep_ != "compound" or t.pos_ not in ("PROPN", "PUNCT") for t in name) or \
            name[-1].i != word.i - 1 or name[-1].pos_ != "PROPN":
        return
    after = doc[word.i + 1]
    if after.tag_ in ("DT", "PDT", "PRP$") or after.lower_ in _PHRASE_OPENERS:
        c.objects, c.object_from = [name[-1]], name[0].i


def _appointed_name(c: _Clause) -> None:
    """ "The parliament elected Ann Lee prime minister": the parser may read the name and the
    post as one noun phrase ("Ann Lee prime minister"). The one put in the post is the
    person the recognizer found before the post's words, not the post."""
    if c.passive or len(c.objects) != 1 or c.lemma_parts[0] not in APPOINTING_VERBS:
        return
    post = c.objects[0]
    doc = post.doc
    before = doc[post.left_edge.i : post.i]
    # the post's words after the name: "prime minister", "chief executive"
    words = [t.lower_ for t in before if not t.ent_type_] + [lemma_of(post).lower()]
    if post.dep_ != "dobj" or not any(" ".join(words[-n:]) in ROLES for n in (1, 2, 3)):
        return
    name = [t for t in before if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if not name or name[-1].i - name[0].i != len(name) - 1 or any(
            t.ent_type_ for t in doc[name[-1].i + 1 : post.i + 1]) or any(
            t.dep_ in ("det", "poss") for t in before if t.i < name[0].i):
        return  # ("elected the Lee family's chair": no one put in the post by name)
    c.objects, c.object_from = [name[-1]], name[0].i


def _helped_object(c: _Clause) -> None:
    """ "helped the police arrest the leaders": the parser may make the one helped the subject
    of the infinitive (a clause as the object). The one helped is the object of "help"; the
    infinitive is an event of its own (read by its own clause)."""
    if c.lemma_parts != [lemma_of(c.main).lower()] or c.lemma_parts[0] not in HELPING_VERBS:
        return
    for t in c.children:
        # (the parser may tag the bare infinitive a present tense: "helped Lee recapture")
        if t.dep_ not in ("ccomp", "xcomp") or t.tag_ not in ("VB", "VBP") or t.i < c.main.i or \
                any(a.dep_ in ("aux", "auxpass") and a.tag_ != "TO" or a.dep_ == "mark"
                    for a in t.children):
            continue
        helped = _infinitive_subject(t)
        if helped is not None and helped.pos_ in NOMINAL:
            c.objects = _with_members(_antecedents(helped))
            return


def _fused_listener(c: _Clause) -> None:
    """ "told Radio Ruritania crops had failed": "tell" names its listener, but the parser may
    take the name for a modifier of the reported clause's subject ("Radio Ruritania crops"),
    or the subject for the listener ("told [Radio Ruritania radio broadcasts] were used"). A
    proper name followed only by common words up to that noun is the listener."""
    if c.lemma_parts[0] != "tell" or c.passive or c.objects or c.object_clause is None:
        return
    subject = next((t for t in c.object_clause.children if t.dep_ in SUBJECT_DEPS), None)
    if c.listener is None and subject is not None:
        fused = subject  # the name hangs on the reported clause's subject
    elif c.listener is not None and subject is None and c.listener.pos_ == "NOUN":
        fused = c.listener  # the reported clause's subject was taken for the listener
    else:
        return
    if fused.pos_ != "NOUN" or fused.left_edge.i <= c.main.i:
        return
    name = next((t for t in reversed(fused.doc[c.main.i + 1 : fused.i]) if t.pos_ == "PROPN"),
                None)
    if name is None or name.dep_ not in ("compound", "nmod") or name.right_edge.i != name.i or \
            any(t.pos_ not in ("NOUN", "NUM", "ADJ") for t in fused.doc[name.i + 1 : fused.i]):
        return
    c.extras = [e for e in c.extras if e[0].i != fused.i] + [(name, "dative", False)]
    c.listener = name


def _direct_objects(c: _Clause) -> None:
    """The object and its conjuncts; the one told and a dative go among the other arguments."""
    for t in c.children:
        if t.dep_ == "dobj" and c.listener_verb and not c.passive and t.pos_ in NOMINAL and \
                is_listener(t):
            # "told reporters that ...": the listener is no object; what is said is
            c.extras.append((t, "dative", False))
            c.listener = t
        elif t.dep_ == "dobj" and _a_while_before_or_after(t):
            continue  # "tested positive days after the rally": when, not what (an adjunct)
        elif t.dep_ == "dobj" and len(c.lemma_parts) == 1 and \
                c.lemma_parts[0] in OBJECTLESS_VERBS:
            continue  # "died Saturday at a Kelso, Ohio nursing home": a misparse, no object
        elif t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN") and any(
                s.dep_ == "nsubj" and t.i < s.i < c.main.i for s in c.children):
            continue  # "Ann Lee, I think": a name before the subject is no object of its verb
        elif t.dep_ in OBJECT_DEPS and not c.objects:
            dative = _dative_owed_the_amount(c, t)
            if dative is not None:
                c.extras = [e for e in c.extras if e[0].i != dative.i]
            # (a plural noun's names are its members: "played the Lee sisters Ann and Mia")
            named = _named_second_subject(c.main, t) if t.tag_ == "NN" else t
            antes = _antecedents(dative or _named_before_amount(t) or named)
            if antes:
                c.objects = antes
                if c.lemma_parts[0] not in ("be", "have", "include"):
                    # "attacked towns including X": X too ("had children including X": no)
                    c.objects = _with_members(c.objects)
        elif t.dep_ == "dative" and (c.lemma_parts[0] in _BEATING_VERBS or (
                c.lemma_parts[0] in AMOUNT_DATIVE_VERBS and t.pos_ == "PROPN"
                and not c.passive)) and not c.objects \
                and not any(d.dep_ == "dobj" for d in c.children):
            # "beat Ann Lee 6-0 6-0": the score read as what she was given; "fined Acme
            # £20m", whose sum the parser read as no object at all ("m" a verb)
            c.objects = [t]
        elif t.dep_ == "dative":
            c.extras.append((t, "dative", t.pos_ not in NOMINAL))
            if c.listener_verb and not c.passive and c.listener is None and \
                    t.pos_ in NOMINAL and is_listener(t):
                c.listener = t  # "told the news agency four people died": parsed as a dative


# lengths of time a phrase counts before "after", "ago" or "later": "days after the vote"
_TIME_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years",
                         "decades"})
_RELATIVE_TIME_WORDS = frozenset({"after", "before", "later", "earlier", "ago"})


def _a_while_before_or_after(word: Token) -> bool:
    """Is the word a length of time that says when ("days after the vote", "two weeks
    later"), which the parser may take for what the verb acts on?"""
    doc = word.doc
    return word.lower_ in _TIME_UNITS and word.i + 1 < len(doc) and \
        doc[word.i + 1].lower_ in _RELATIVE_TIME_WORDS and \
        not any(c.dep_ in ("det", "poss") for c in word.children)


def _dative_owed_the_amount(c: _Clause, obj: Token) -> Token | None:
    """ "fined Northwind Bank 45 million pounds": the parser may take the name for a dative
    and the sum for the object; a fine or an award acts on the one fined, never on the sum."""
    if c.passive or c.lemma_parts[0] not in AMOUNT_DATIVE_VERBS or obj.dep_ != "dobj" or \
            not _is_amount(obj):
        return None
    return next((t for t in c.children if t.dep_ == "dative" and t.pos_ == "PROPN"
                 and t.i < obj.i), None)


def _is_amount(token: Token) -> bool:
    """A sum of money: a currency noun or a money entity with a number before it."""
    return (lemma_of(token).lower() in CURRENCY_NOUNS or token.ent_type_ == "MONEY") and \
        any(t.like_num or t.is_currency for t in token.lefts)


def _named_before_amount(obj: Token) -> Token | None:
    """ "fined Google 2.4 billion euros", "paid Lee $2 million": the parser hangs the name on
    the amount, as if the euros were Google's; the one fined or paid is the name."""
    doc = obj.doc
    amount = next((k for k in range(obj.left_edge.i, obj.i + 1)
                   if doc[k].like_num or doc[k].is_currency), None)
    if amount is None or amount == obj.left_edge.i or not any(
            t.ent_type_ == "MONEY" or t.is_currency for t in doc[amount:obj.i + 1]) and \
            lemma_of(obj).lower() not in CURRENCY_NOUNS:
        return None  # (not "led Trump 47 percent to 40": a lead in the polls, no sum)
    name = doc[obj.left_edge.i:amount]
    if not all(w.pos_ == "PROPN" for w in name) or name.root.head.i < amount:
        return None
    return name.root


def _clause_subject_taken(clause: Token) -> Token | None:
    """The noun the parser gave the verb as object that is the subject of the clause after it
    (see _object_opens_a_clause)."""
    before = clause.left_edge.i - 1
    return next((t for t in clause.head.children if t.dep_ == "dobj" and t.right_edge.i == before
                 and not any(d.dep_ in SUBJECT_DEPS for d in clause.children)), None)


def _object_opens_a_clause(c: _Clause) -> bool:
    """ "maintained the agency could cope", "insisted the army withdrew": the parser may take
    the reported clause's subject for the verb's object when "that" is left out. A finite
    clause that follows the object at once, with no subject of its own, is what was said,
    and the noun is its subject (the bare infinitive of "made the firm pay" is no clause)."""
    return bool(c.objects) and c.objects[0].dep_ == "dobj" and _opens_a_clause(c, c.objects[0])


def _opens_a_clause(c: _Clause, noun: Token) -> bool:
    """Is the noun the subject of a finite clause after it, which the parser hung on the verb
    (see _clause_subject_taken)? Also the one told: "told MSNBC Cummings "was a great man""
    (who was told is then unclear)."""
    clause = next((t for t in c.children if t.dep_ == "ccomp"
                   and _same(_clause_subject_taken(t), noun)), None)
    if clause is None:
        return False
    return clause.tag_ in ("VBD", "VBZ", "VBP") or \
        any(t.dep_ == "aux" and t.tag_ == "MD" for t in clause.children)


def _relative_gap(c: _Clause) -> list[Token]:
    """ "the territories they recaptured": the noun a relative clause hangs on is its object."""
    main = c.main
    if main.dep_ != "relcl" or c.passive or main.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VB"):
        return []
    has_rel = any(d.lower_ in RELATIVE_PRONOUNS | {"where", "when", "why", "how"}
                  for d in c.children if d.i < main.i) or any(
        # "Acme, whose founder Tom Kell died": the noun owns a word of the clause, no gap
        t.lower_ == "whose" for t in main.subtree if t.i < main.i)
    own_subject = any(t.dep_ in SUBJECT_DEPS for t in c.children)
    if own_subject and not has_rel and not any(t.dep_ in ("ccomp", "xcomp") for t in c.children):
        return [main.head]
    return []


def _shared_object(c: _Clause) -> None:
    """ "attacked and burned the village": the object of the last verb is shared."""
    main = c.main
    conj = next((t for t in c.children if t.dep_ == "conj" and t.pos_ == "VERB"), None)
    if conj is None or conj.i <= main.i + 1 or any(t.dep_ in SUBJECT_DEPS for t in conj.children) \
            or _past_after_a_bare_verb(conj):  # "to vote and left the room": two clauses
        return
    if not all(t.dep_ in ("cc", "punct") or t.is_punct for t in main.doc[main.i + 1 : conj.i]):
        return
    if lemma_of(main).lower() in OBJECTLESS_VERBS:
        return  # "arrived and detained the man": no one arrived the man
    shared = next((t for t in conj.children if t.dep_ == "dobj"), None)
    if shared is not None:
        c.objects = _conjuncts(shared)
        c.shared_from = conj


def _clausal_object(c: _Clause) -> None:
    """ "said (that) X": a clause as the object, its "that"/"whether" in the predicate."""
    for t in c.children:
        if t.dep_ == "ccomp" and (t.i > c.main.i or lemma_of(c.main) in REPORTING_VERBS):
            c.object_clause = t
            mark = next((m for m in t.children if m.dep_ == "mark" and m.i < t.i), None)
            if mark is not None and mark.lower_ in ("that", "whether", "if"):
                c.add_to_group(mark)
            return


# verbs whose object, without its complement, is not what the subject wants or lets be
WANTING = frozenset({"intended", "expected", "permitted", "necessary"})


def _object_complement(c: _Clause) -> Token | None:
    """The complement that completes a direct object: "called the strikes defensive",
    "named him their leader", "wants the army to withdraw" (not "wants the army")."""
    if c.passive or not c.objects or c.objects[0].dep_ != "dobj":
        return None
    obj = c.objects[0]
    for t in c.children:
        if t.i <= obj.i:
            continue
        if t.dep_ == "oprd" and not any(
                w.text in (",", ";", "—", "–", "-", "(") for w in
                obj.doc[obj.right_edge.i + 1 : t.left_edge.i]):
            return t  # (", a move that ...": an apposition the parser took for a complement)
        if t.dep_ == "xcomp" and any(g.tag_ == "TO" for g in t.children) and \
                OBJECT_CONTROL_MODALITY.get(c.lemma_parts[0]) in WANTING:
            return t
    return None


def _fold_idiom(c: _Clause) -> None:
    """ "took place", "take part in X", "kept an eye on X": a light verb's object is part of
    the predicate, and a preposition after it gives the real object."""
    if len(c.objects) != 1 or c.passive:
        return
    noun = c.objects[0]
    if noun.dep_ != "dobj" or lemma_of(noun).lower() not in IDIOM_OBJECTS.get(c.lemma_parts[0],
                                                                              ()):
        return
    blocking = ("compound", "relcl", "appos", "conj", "nummod") + (
        () if lemma_of(noun).lower() in EFFORT_NOUNS else ("acl",))
    if any(t.dep_ in blocking for t in noun.children):
        return  # "two parts", "the war crimes": a real thing
    if lemma_of(noun).lower() == "part" and any(t.dep_ == "prep" and t.lower_ == "of"
                                                for t in noun.children):
        return  # "took (a large) part of the city": a share of it, no taking part
    # (an adjective only says how much: "played a key role in", "left an indelible mark on")
    c.idiom = noun
    c.idiomatic = True
    c.objects = []
    c.add_to_group(*(t for t in noun.doc[noun.left_edge.i : noun.i + 1]))
    c.lemma_parts.append(lemma_of(noun).lower())


def _passive_agents(c: _Clause) -> None:
    """The agent of a passive: "by X", or "by interacting elements" (a gerund phrase)."""
    if not c.passive:
        return
    for t in c.children:
        if t.dep_ == "agent":
            agents = [p for p in t.children if p.dep_ in ("pobj", "pcomp")]
            c.agents = agents
            if agents:
                c.agents = _conjuncts(agents[0])
                c.add_to_group(t)
    if not c.agents:
        c.agents = _agent_in_adjunct(c)
        c.agent_in_adjunct = bool(c.agents)


# the prepositions of an act through which a passive's agent acted: "in a statement by X"
AGENT_ADJUNCTS = frozenset({"in", "during", "with", "through", "via"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _agent_in_adjunct(c: _Clause) -> list[Token]:
    """ "X was condemned in a joint statement by Y", "was killed in an attack by Y": the
    parser hangs "by Y" on the act's noun; Y is the agent. Only a named one ("in a crash by
    the river" names a place). So is the named actor of an armed act: "was killed in a US
    airstrike" (not "in a US hospital": no act)."""
    for p in c.children:
        if p.dep_ != "prep" or p.lower_ not in AGENT_ADJUNCTS or p.i < c.main.i:
            continue
        act = prep_object(p)
        if act is None:
            continue
        by = next((g for g in act.children if g.dep_ in ("prep", "agent") and g.lower_ == "by"),
                  None)
        agent = prep_object(by) if by else None
        if agent is None and p.lower_ in ("in", "during"):
            agent = _action_agent(act)
        if agent is not None and agent.ent_type_ in ACTOR_ENTS and not is_time_phrase(agent):
            return _conjuncts(agent)
    return []


def _find_adjuncts(c: _Clause) -> None:
    """Prepositional phrases, times and places around the verb, and a passive's agent."""
    main = c.main
    for t in c.children:
        if t.dep_ == "advmod" and t.lower_ in ("where", "when") and main.dep_ == "relcl":
            c.extras.append((main.head, "place" if t.lower_ == "where" else "time", False))
    heads = [main]
    if c.shared_from is not None:
        heads.append(c.shared_from)  # "surrounded and shelled the town on Monday"
    if c.idiom is not None:
        heads.append(c.idiom)  # "took part in the talks": the parser may hang "in" on "part"
    preps: list[Token] = []
    for h in heads:
        preps += [t for t in h.children
                  if t.dep_ == "prep" or (t.dep_ == "agent" and not c.passive)]
    preps.sort(key=lambda t: t.i)
    _passive_agents(c)
    for p in preps:
        if not any(True for _ in p.children) and p.i == c.group[-1].i + 1:
            # "have been filled in": a preposition with nothing after it is a particle
            c.add_to_group(p)
            continue
        pobj = prep_object(p)
        if p.lower_ == "according" or (pobj is not None and pobj.tag_ in ("WDT", "WP")):
            continue  # an attribution, or "during which": the noun is the clause's head
        if pobj is not None and is_time_phrase(pobj) and p.lower_ in TIME_PREPS or \
                p.i > 0 and p.doc[p.i - 1].dep_ == "dobj" and \
                _a_while_before_or_after(p.doc[p.i - 1]):
            # "in May"; "tested positive days after the vote", "days" parsed as the object
            c.extras.append((p, "time", True))
        elif pobj is not None and is_place_phrase(pobj):
            c.extras.append((p, "place", True))
        else:
            c.extras.append((p, p.lower_, True))
    for t in c.children:
        if t.dep_ == "npadvmod" and is_time_phrase(t) or \
                t.dep_ == "dobj" and _a_while_before_or_after(t):
            c.extras.append((t, "time", True))
        elif t.dep_ == "advmod" and t.lower_ in ("yesterday", "today", "tomorrow", "tonight"):
            c.extras.append((t, "time", True))
    c.extras.sort(key=lambda e: e[0].i)


def _fold_resultative(c: _Clause) -> None:
    """ "shot him dead", "shot dead three soldiers", "was beaten to death by X": a killing
    told by its means reads "kill", with the one killed as object (not "him dead")."""
    if lemma_of(c.main).lower() not in KILLING_MEANS:
        return
    result: list[Token] = []
    obj = next((t for t in c.children if t.dep_ == "dobj"), None)
    for t in c.children:
        if t.lower_ == "dead" and t.dep_ in ("oprd", "acomp", "advcl", "advmod", "xcomp"):
            result = [t]
        elif t.dep_ == "prep" and t.lower_ == "to" and [g.lower_ for g in t.children] == ["death"]:
            result = [t, *t.children]
    if obj is not None and obj.i > c.main.i + 1 and c.main.doc[c.main.i + 1].lower_ == "dead" \
            and c.main.doc[c.main.i + 1].head.i == obj.i:
        result = [c.main.doc[c.main.i + 1]]  # "shot dead two guards", "dead" taken for the guards'
    if not result:
        return
    if c.passive == (obj is not None) or c.object_clause is not None:
        return  # an active killing names the one killed, a passive one has it as subject
    if obj is not None:
        ante = _antecedent(obj)
        if ante is None:
            return
        c.objects = _conjuncts(ante)
    c.object_complement = None
    c.extras = [e for e in c.extras if e[0].i != result[0].i]
    c.lemma_parts = ["kill"]
    c.result = result
    c.add_to_group(*result)


def _fold_captivity(c: _Clause) -> None:
    """ "took three workers hostage", "held the soldiers captive", "was held hostage by X":
    the one held is the object and the word of captivity part of the predicate (take hostage),
    not a node called "three workers hostage"."""
    verb = lemma_of(c.main).lower()
    if verb not in CAPTOR_VERBS or c.result:
        return
    objects = [t for t in c.children if t.dep_ == "dobj"]

    def captivity(word: Token) -> bool:
        return lemma_of(word).lower() in CAPTIVITY_WORDS and not any(
            g.dep_ in ("det", "poss", "amod", "nummod") or g.lower_ == "of"
            for g in word.children)  # ("a prisoner of conscience" is a description)

    word = next((t for t in c.children if t.dep_ in (
        "oprd", "dobj", "acomp", "advmod", "npadvmod", "xcomp") and captivity(t) and (
        c.passive or any(o.i < t.i for o in objects if o is not t))), None)
    held: Token | None = None
    if word is None and len(objects) == 1 and captivity(objects[0]):
        # "held Tom Kell hostage" parsed as one noun phrase: the one held is its last noun
        held = next((g for g in reversed(list(objects[0].lefts)) if g.dep_ in (
            "compound", "nmod") and g.pos_ in ("NOUN", "PROPN")), None)
        word = objects[0] if held is not None else None
    if word is None and objects:
        # "held captive their children": the word hung on the object before it
        word = next((g for g in objects[0].lefts if g.dep_ == "amod" and captivity(g) and
                     g.i == c.main.i + 1), None)
    if word is None:
        return
    if held is not None:
        c.objects = [held]
    elif c.objects and c.objects[0].i == word.i:
        c.objects = [o for o in objects if o.i != word.i][:1]
    if c.object_complement is not None and c.object_complement.i == word.i:
        c.object_complement = None
    c.extras = [e for e in c.extras if e[0].i != word.i]
    c.lemma_parts = [verb, lemma_of(word).lower()]
    c.result = [word]
    c.add_to_group(word)


# verbs by which a court or an authority rules on something, and the verdicts that make the
# ruling part of the predicate: "ruled the ban unconstitutional" -> rule unconstitutional / ban
RULING_VERBS = frozenset({"rule", "find", "declare", "deem", "judge"})
VERDICT_ADJECTIVES = frozenset({
    "unconstitutional", "constitutional", "unlawful", "lawful", "illegal", "legal", "invalid",
    "valid", "void", "inadmissible", "admissible", "illegitimate", "legitimate"})


def _verdict(c: _Clause) -> tuple[Token, Token] | None:
    """What a ruling is on and its verdict: "ruled the ban unconstitutional", "found the ban
    to be unlawful", "ruled (that) the ban was unlawful" (a clause that hedges or negates the
    verdict, "was not unlawful", "may be unlawful", is no verdict given)."""
    def verdict(word: Token) -> bool:
        return word.pos_ == "ADJ" and word.lower_ in VERDICT_ADJECTIVES and not any(
            g.dep_ in ("neg", "prep", "advcl", "ccomp") for g in word.children)

    def firm(clause: Token) -> bool:
        return not any(g.dep_ == "neg" or g.tag_ == "MD" or g.dep_ == "mark" and
                       g.lower_ != "that" for g in clause.children)

    if c.objects:
        obj = c.objects[0]
        noun = next((g for g in obj.children if g.dep_ in ("compound", "nmod") and
                     g.pos_ in ("NOUN", "PROPN")), None)
        if obj.dep_ == "dobj" and obj.lower_ in VERDICT_ADJECTIVES and noun is not None:
            return noun, obj  # "ruled the ban unconstitutional" parsed as one noun phrase
        for t in c.children:
            if t.i < obj.i or obj.dep_ != "dobj":
                continue
            if t.dep_ in ("oprd", "advmod", "acomp") and verdict(t):
                return obj, t
            adj = next((g for g in t.children if g.dep_ == "acomp"), None)
            if t.dep_ == "xcomp" and lemma_of(t) == "be" and adj is not None and \
                    verdict(adj) and firm(t):
                return obj, adj  # "found the ban to be unlawful"
        return None
    clause = c.object_clause
    if clause is None or clause.i < c.main.i or not firm(clause):
        return None
    subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
    adj = clause if verdict(clause) else next(
        (g for g in clause.children if g.dep_ == "acomp" and verdict(g)), None) \
        if lemma_of(clause) == "be" else None
    if subject is None or adj is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return subject, adj


def _fold_verdict(c: _Clause) -> None:
    """ "The court ruled the ban unconstitutional" -> court / rule unconstitutional / ban: the
    verdict is part of the predicate (without it "ruled the ban" says nothing, or reads as
    ruling over it), and what it is passed on is the object."""
    if c.passive or c.lemma_parts != [lemma_of(c.main).lower()] or \
            c.lemma_parts[0] not in RULING_VERBS:
        return
    found = _verdict(c)
    if found is None:
        return
    obj, adj = found
    c.objects, c.object_clause, c.object_complement = _conjuncts(obj), None, None
    c.group = [t for t in c.group if t.lower_ != "that"]
    c.add_to_group(adj)
    c.result = [*c.result, adj]
    c.lemma_parts += [adj.lower_]


def _tied_owner(noun: Token) -> Token | None:
    """The person a tie noun before a name is to: "Ann Lee" of "Ann Lee's rival Tom Kell"
    (not a family tie, which roles.kinship reads, nor a post, which roles reads as the
    owner's: "Acme's chief executive Ann Lee", "Lee's lawyer Tom Kell")."""
    lemma = lemma_of(noun).lower()
    if lemma in KIN_NOUNS or lemma in ROLES or noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN" and
                 c.ent_type_ == "PERSON"), None)


# Verbs that say what their object is taken for: without the "as" phrase they say
# something else ("described him" is not "described him as a threat").
TAKEN_AS_VERBS = frozenset({
    "describe", "designate", "treat", "regard", "view", "see", "label", "brand", "portray",
    "depict", "characterize", "characterise", "classify", "hail", "cast",
})


# "announced Lee as his running mate", "named Lee as her successor": verbs that, with a
# person and the subject's own pick or post-to-be, say the subject chose that person
CHOOSING_VERBS = frozenset({"announce", "name", "unveil", "pick", "tap", "select", "choose",
                            "introduce", "present"})
CHOSEN_ROLES = frozenset({"mate", "choice", "pick", "successor", "nominee", "candidate",
                          "replacement", "deputy"})


def _fold_chosen_as(c: _Clause) -> None:
    """ "announced Lee as his running mate" -> choose Lee: the subject's own ("his") pick, said
    with an "as" phrase, is a choice (not "announced Lee as the winner": no pick of his)."""
    if c.passive or c.lemma_parts != [lemma_of(c.main).lower()] or \
            c.lemma_parts[0] not in CHOOSING_VERBS or len(c.objects) != 1 or \
            c.objects[0].dep_ not in ("dobj", "oprd") or c.objects[0].pos_ != "PROPN":
        return
    # the "as" phrase hangs on the verb or, as the parser may have it, on the one chosen
    prep = next((t for t in [*c.children, *c.objects[0].children]
                 if t.dep_ == "prep" and t.lower_ == "as" and t.i > c.objects[0].i), None)
    role = prep_object(prep) if prep else None
    if role is None or lemma_of(role).lower() not in CHOSEN_ROLES or not any(
            d.dep_ == "poss" and d.pos_ == "PRON" for d in role.children):
        return
    c.lemma_parts = ["choose"]


def _declared(c: _Clause) -> tuple[Token, Token] | None:
    """What is declared and what it is declared: "declared the flu a pandemic" (the parser
    may also make "the flu" the subject of "a pandemic", as an object or as a clause)."""
    obj = c.objects[0] if len(c.objects) == 1 else None
    clause = c.object_clause
    if obj is None and clause is not None and clause.pos_ == "NOUN" and clause.i > c.main.i:
        obj = clause  # "declared H5N1 a pandemic": a clause without a verb
    if obj is None or obj.dep_ not in ("dobj", "ccomp"):
        return None
    complement = c.object_complement
    if complement is not None and complement.dep_ == "oprd" and complement.pos_ == "NOUN":
        return obj, complement
    inner = next((t for t in obj.children if t.dep_ == "nsubj" and t.i < obj.i), None)
    if obj.pos_ == "NOUN" and inner is not None and inner.pos_ in ("NOUN", "PROPN"):
        return inner, obj
    return None


def _fold_declared_as(c: _Clause) -> None:
    """ "The agency declared the flu a pandemic" -> agency / declare pandemic / flu: what the
    object is declared is part of the predicate (a common noun said whole; "declared the
    outbreak a threat to the region" keeps it in the object)."""
    if c.passive or c.lemma_parts != ["declare"] or lemma_of(c.main).lower() != "declare":
        return
    found = _declared(c)
    if found is None:
        return
    obj, noun = found
    if any(g.i > noun.i and not _is_time_adjunct(g) and not g.is_punct
           for g in noun.children) or lemma_of(noun).lower() in ROLES:
        return  # ("declared Lee its new leader": a post, which the roles read)
    dropped = {t.i for d in noun.lefts if d.dep_ in ("det", "poss", "predet", "nummod", "nsubj")
               for t in d.subtree}
    words = [t for t in noun.doc[noun.left_edge.i : noun.i]
             if t.i not in dropped and (t.text == "-" or not t.is_punct)]
    c.objects, c.object_complement, c.object_clause = [obj], None, None
    c.extras = [e for e in c.extras if e[0].i not in {t.i for t in noun.subtree}] + [
        (g, "time", True) for g in noun.children if g.i > noun.i and not g.is_punct]
    c.extras.sort(key=lambda e: e[0].i)
    c.add_to_group(*words, noun)
    c.result = [*c.result, *(t for t in noun.subtree if t.i not in {obj.i} | {
        g.i for g in obj.subtree})]
    c.lemma_parts += [*_written_words(words), lemma_of(noun).lower()]


def _is_time_adjunct(token: Token) -> bool:
    """ "in 2016", "on Monday": a time phrase the parser hung on a noun."""
    return token.dep_ == "prep" and any(g.dep_ == "pobj" and is_time_phrase(g)
                                        for g in token.children)


def _fold_taken_as(c: _Clause) -> None:
    """ "designated Lee as security minister" -> Lee / designate as security minister: what
    the object is taken for is part of the predicate (not an adjunct the graph drops)."""
    if c.lemma_parts != [lemma_of(c.main).lower()] or c.lemma_parts[0] not in TAKEN_AS_VERBS \
            or not (c.objects if not c.passive else c.subjects):
        return
    prep = next((t for t in c.children if t.dep_ == "prep" and t.lower_ == "as"), None)
    noun = prep_object(prep) if prep else None
    # a common noun said whole ("as royalty", "as an emerging figure"); "as a member of
    # the board" or "as Lee" stays an adjunct
    if prep is None or noun is None or noun.pos_ != "NOUN" or \
            any(g.i > noun.i and not _is_time_adjunct(g) for g in noun.children):
        return
    dropped = {t.i for d in noun.lefts if d.dep_ in ("det", "poss", "predet", "nummod")
               for t in d.subtree}
    words = [t for t in noun.doc[noun.left_edge.i : noun.i]
             if t.i not in dropped and (t.text == "-" or not t.is_punct)]
    c.extras = [e for e in c.extras if e[0].i != prep.i] + [
        (g, "time", True) for g in noun.children if g.i > noun.i]  # "as minister in 2016"
    c.extras.sort(key=lambda e: e[0].i)
    c.add_to_group(prep, *words, noun)
    c.lemma_parts += ["as", *_written_words(words), lemma_of(noun).lower()]


LIGHT_VERB_PAIRS = frozenset(key[:2] for key in LIGHT_VERB_PREDICATES)


def _second_object(noun: Token) -> Token | None:
    """ "granted Lee a full pardon": the one given to, when `noun` is a light verb's event
    noun given as its second object (LIGHT_VERB_PREDICATES with "to"). The parser may hang
    the noun on the verb or, as an apposition, on the one given to (a person is no pardon)."""
    if noun.pos_ != "NOUN" or not any(d.dep_ in ("det", "poss") and d.lower_ in (
            "a", "an", "his", "her", "their", "its", "our", "my") for d in noun.children):
        return None  # "gave Lee the pardon papers", "gave Lee pardons": no event given
    word, head = lemma_of(noun).lower(), noun.head
    if noun.dep_ == "dobj":
        verb = head
        given = next((t for t in verb.children if t.dep_ == "dative" and t.i < noun.i
                      and t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    else:
        given = noun
        while given.dep_ == "appos" and given.head.i < given.i:
            given = given.head
        verb = given.head
        if given is noun or given.dep_ not in ("dobj", "dative") or \
                given.right_edge.i != noun.right_edge.i:
            return None
    if given is None or verb.pos_ not in ("VERB", "AUX") or \
            (lemma_of(verb).lower(), word, "to") not in LIGHT_VERB_PREDICATES:
        return None
    return given


def _fold_second_object(c: _Clause) -> bool:
    """ "granted Lee a full pardon", "gave Ruritania its support": a light verb with the one
    given to and its event noun is the verb of the noun on the one given to ("pardon Lee")."""
    datives = [t for t in c.children if t.dep_ == "dative" and t.pos_ in ("PROPN", "NOUN")]
    if c.passive or len(c.objects or datives) != 1:
        return False
    obj = (c.objects or datives)[0]
    # the noun as the object beside a dative, or as an apposition to the one given to
    nouns = [obj] if obj.dep_ == "dobj" else []
    nouns += [t for t in obj.subtree if t.dep_ == "appos" and t.i > obj.i]
    for noun in nouns:
        given = _second_object(noun)
        if given is None or given.head.i != c.main.i:
            continue
        c.extras = [e for e in c.extras if e[0].i != given.i]
        c.add_to_group(*noun.doc[noun.left_edge.i : noun.i + 1])
        c.idiom, c.idiomatic, c.light_verb = noun, True, True
        c.lemma_parts = [LIGHT_VERB_PREDICATES[(c.lemma_parts[0], lemma_of(noun).lower(), "to")]]
        c.objects = _conjuncts(given)
        c.negated = c.negated or is_negative_phrase(noun)  # "gave Lee no support"
        return True
    return False


# what one "meets" that is no one met: a bar to clear ("met the deadline", "meets the
# requirement"), so the verb is "satisfy", never a meeting
STANDARD_NOUNS = frozenset({
    "requirement", "criterion", "criteria", "deadline", "target", "goal", "standard",
    "demand", "expectation", "threshold", "condition", "obligation", "need", "quota",
    "benchmark", "qualification", "definition", "test", "challenge",
})


def _meet_a_standard(c: _Clause) -> None:
    """ "Lee meets the residency requirement": no meeting with a requirement."""
    if c.lemma_parts == ["meet"] and any(lemma_of(o).lower() in STANDARD_NOUNS
                                         for o in c.objects):
        c.lemma_parts = ["satisfy"]


# "came to Lee's defence", "came to the aid of Ruritania": coming to someone's help is giving
# it (defend Lee, aid Ruritania); not "came to Lee's house", "came to the attention of X"
COMING_TO_HELP = {"defense": "defend", "defence": "defend", "aid": "aid", "rescue": "rescue",
                  "assistance": "assist"}


def _fold_coming_to_help(c: _Clause) -> None:
    """ "X came to Lee's defence": X defends Lee, the one whose help it is (a name, never a
    pronoun: see _owners), as a light verb and its noun fold into one predicate."""
    if c.passive or c.light_verb or c.lemma_parts != ["come", "to"] or len(c.objects) != 1:
        return
    help_noun = c.objects[0]
    verb = COMING_TO_HELP.get(lemma_of(help_noun).lower())
    owners = _owners(help_noun) if verb is not None else []
    if verb is None or not owners:
        return
    c.add_to_group(help_noun)
    c.idiom, c.idiomatic, c.light_verb = help_noun, True, True
    c.lemma_parts = [verb]
    c.objects = owners


def _fold_thanks(c: _Clause) -> None:
    """ "Ann Lee wrote, "Thank you Tom Hale for your work"", "... "Thank you to all the
    volunteers"": the formula thanks the one it names after "you" or by its "to"; "you"
    alone says not whom (the one thanked is then left unsaid)."""
    if c.passive or c.lemma_parts != ["thank"] or len(c.objects) != 1 or \
            c.objects[0].lower_ != "you":
        return
    you, doc = c.objects[0], c.objects[0].doc
    to = next((p for p, _, _ in c.extras if p.lower_ == "to" and p.i == you.i + 1), None)
    named = prep_object(to) if to is not None else next((
        t for t in [*c.children, *you.children] if t.dep_ in ("npadvmod", "appos") and
        t.pos_ == "PROPN" and t.i > you.i and all(
            w.is_punct for w in doc[you.i + 1 : t.left_edge.i])), None)
    if named is None:
        return
    c.add_to_group(you)
    c.objects = _conjuncts(named)
    c.extras = [e for e in c.extras if to is None or e[0].i != to.i]


def _fold_light_verb(c: _Clause) -> None:
    """ "filed a lawsuit against X", "held peace talks with X": a light verb and its event
    noun are one predicate ("sue", "meet with", LIGHT_VERB_PREDICATES) and the noun of the
    preposition is the one acted on. Another preposition leaves the noun the object."""
    if c.idiom is None and _fold_second_object(c):
        return
    if _fold_light_verb_modifier(c) or _fold_passive_light_verb(c):
        return
    if c.passive or (c.idiom is None and (len(c.objects) != 1 or c.objects[0].dep_ != "dobj")):
        return
    noun = c.idiom if c.idiom is not None else c.objects[0]
    verb, word = c.lemma_parts[0], lemma_of(noun).lower()
    if (verb, word) not in LIGHT_VERB_PAIRS or word in LITERAL_TOO_NOUNS and not any(
            d.dep_ in ("amod", "compound") and d.lower_ in REMARK_WORDS for d in noun.children):
        return  # "took a shot at the gunman": fired, unless "a veiled shot"
    if any(d.lower_ in HONORARY_WORDS for d in noun.children):
        return  # "received an honorary degree from X": given, not earned there
    # the preposition hangs on the verb (an adjunct) or on the noun (inside the object), or
    # on the object of an "in" phrase between ("earned a degree in law from X", "held talks
    # in Oslo with X")
    candidates = [(p, role) for p, role, _ in c.extras] + [
        (p, "") for p in noun.children if p.dep_ == "prep" and p.i > noun.i]
    within = {inner.i: p.head.i for p, _ in candidates if p.lower_ == "in" and p.i > noun.i
              for inner in _preps_on_object(p)}  # (each with where its "in" phrase hangs)
    candidates += [(noun.doc[i], "") for i in within]
    for p, role in sorted(candidates, key=lambda pr: pr[0].i):
        pobj = prep_object(p)
        lemma = LIGHT_VERB_PREDICATES.get((verb, word, p.lower_))
        if p.dep_ not in ("prep", "dative") or p.i < noun.i or \
                within.get(p.i, p.head.i) not in (c.main.i, noun.i) or \
                pobj is None or lemma is None or role == "time" or is_time_phrase(pobj):
            continue  # "launched an attack on Tuesday": when, not what
        c.extras = [e for e in c.extras if e[0].i != p.i]
        c.add_to_group(*noun.doc[noun.left_edge.i : noun.i + 1], p)
        c.idiom, c.idiomatic, c.light_verb = noun, True, True
        c.lemma_parts = [lemma]
        # a conjunct the light noun heads again is another such act, not another party
        # ("a degree from X and a law degree from Y", which the parser hangs on X)
        c.objects = [t for t in _conjuncts(pobj) if lemma_of(t).lower() != word]
        c.negated = c.negated or is_negative_phrase(noun)  # "filed no lawsuit against X"
        return


def _preps_on_object(prep: Token) -> list[Token]:
    """The prepositions hung on a preposition's object ("from X" of "in law from X")."""
    pobj = prep_object(prep)
    return [] if pobj is None else [p for p in pobj.children if p.dep_ == "prep"]


def _fold_passive_light_verb(c: _Clause) -> bool:
    """ "A lawsuit was filed against Acme by Ann Lee", "sanctions were imposed on Zembla by
    Valdora": the light verb in the passive, its event noun the subject, is the same one
    predicate (Lee sues Acme) with the "by" agent its subject."""
    if not c.passive or not c.agents or len(c.subjects) != 1 or c.inherited or \
            len(c.lemma_parts) != 1:
        return False
    noun, verb = c.subjects[0], c.lemma_parts[0]
    word = lemma_of(noun).lower()
    if noun.pos_ != "NOUN" or (verb, word) not in LIGHT_VERB_PAIRS or word in LITERAL_TOO_NOUNS:
        return False
    for p, role, _ in sorted(c.extras, key=lambda e: e[0].i):
        pobj = prep_object(p)
        lemma = LIGHT_VERB_PREDICATES.get((verb, word, p.lower_))
        if p.dep_ != "prep" or p.head.i != c.main.i or pobj is None or lemma is None or \
                role == "time" or is_time_phrase(pobj):
            continue
        c.extras = [e for e in c.extras if e[0].i != p.i]
        c.add_to_group(*noun.doc[noun.left_edge.i : noun.i + 1], p)
        c.idiom, c.idiomatic, c.light_verb = noun, True, True
        c.lemma_parts = [lemma]
        c.subjects, c.agents, c.passive = c.agents, [], False
        c.objects = _conjuncts(pobj)
        c.negated = c.negated or is_negative_phrase(noun)  # "no lawsuit was filed against X"
        return True
    return False


def _fold_birthplace(c: _Clause) -> None:
    """ "Lee was born in Valdora", "was born Ann Kamp in Valdora in 1950": where someone was
    born is said of them (Lee born in Valdora), with no bearer to name. Only a named place:
    "born in 1950", "born into a farming family", "born in a small village" say no place."""
    if not c.passive or c.agents or c.lemma_parts != ["bear"] or not c.subjects or \
            not all(_born_one(t) for t in c.subjects):
        return  # "the plan was born in Paris": an idea is not born anywhere
    # the place hangs on the verb, or on the birth name before it ("born Ann Kamp in X")
    candidates = [(p, role) for p, role, _ in c.extras] + [
        (p, "") for o in c.objects if o.dep_ in ("oprd", "dobj", "attr")
        for p in o.children if p.dep_ == "prep"]
    for p, role in sorted(candidates, key=lambda pr: pr[0].i):
        pobj = prep_object(p)
        if pobj is not None and not is_place_phrase(pobj):
            pobj = _place_of_its_kind(pobj)  # "born in the French territory of Martinique"
        if p.lower_ != "in" or pobj is None or role == "time" or is_time_phrase(pobj) or \
                not is_place_phrase(pobj):
            continue
        c.extras = [e for e in c.extras if e[0].i != p.i]
        c.add_to_group(p)
        # read with its preposition as "be born in", the lemma of ng:bornIn
        c.lemma_parts, c.fold_prep = ["be", "born"], p
        c.objects = [t for t in _conjuncts(pobj) if is_place_phrase(t)]
        c.passive = False
        return


def _place_of_its_kind(noun: Token) -> Token | None:
    """The place a kind of place names by its "of" ("the city of Lyon", "the French
    territory of Martinique"): the place, else None."""
    if noun.pos_ != "NOUN" or lemma_of(noun).lower() not in _PLACE_KINDS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    place = prep_object(of) if of is not None else None
    return place if place is not None and is_place_phrase(place) else None


_PLACE_KINDS = NAMED_PLACE_NOUNS | {"territory"}


def _born_one(token: Token) -> bool:
    """Could the token be someone born: a person's name (or a name the tagger left untyped),
    a person word, "he", "she", "I"."""
    return token.ent_type_ == "PERSON" or token.pos_ == "PROPN" and not token.ent_type_ or \
        lemma_of(token).lower() in PERSON_NOUNS or \
        token.pos_ == "PRON" and token.lower_ in ("he", "she", "i", "who")


def _fold_light_verb_modifier(c: _Clause) -> bool:
    """ "a lawsuit filed by X against Y": the participle of a light verb on its event noun,
    with its agent, is the light-verb phrase turned round ("X sued Y"). Without an agent
    ("a lawsuit filed against Y") nobody is said to sue, so nothing is folded."""
    noun = c.verb.head
    if not c.passive or c.verb.dep_ != "acl" or c.verb is not c.main or not c.agents or \
            [t.i for t in c.subjects] != [noun.i] or c.objects:
        return False
    verb, word = c.lemma_parts[0], lemma_of(noun).lower()
    if (verb, word) not in LIGHT_VERB_PAIRS:
        return False
    for p, role, _ in sorted(c.extras, key=lambda e: e[0].i):
        pobj = prep_object(p)
        lemma = LIGHT_VERB_PREDICATES.get((verb, word, p.lower_))
        if lemma is None or pobj is None or role == "time" or is_time_phrase(pobj) or \
                p.head.i != c.main.i:
            continue
        c.extras = [e for e in c.extras if e[0].i != p.i]
        c.group = sorted({*noun.doc[noun.left_edge.i: noun.i + 1], c.main, p}, key=lambda t: t.i)
        c.idiom, c.idiomatic, c.light_verb = noun, True, True
        c.lemma_parts = [lemma]
        c.subjects, c.agents, c.passive = list(c.agents), [], False
        c.objects = _conjuncts(pobj)
        c.negated = c.negated or is_negative_phrase(noun)  # "no lawsuit was filed by X ..."
        return True
    return False


# verbs that ask or order someone to do something only with their preposition: "called on
# X to join" (but "called a halt to rescue work"), "appealed to X to stop"
REQUEST_PREPOSITIONS = {"call": ("on", "upon"), "appeal": ("to",)}
# verbs that ask with their object in one sense only ("pressed the button to start")
NOT_REQUESTS = frozenset({"press", "push", "direct", "recommend", "need", "require"})


def _request_complement(c: _Clause) -> None:
    """ "called on X to join Y", "urged X to leave", "told him to go": the one asked is the
    object and what is asked stays in the predicate ("call on to join"), so the edge does
    not read as a call for X; the asked event keeps its own requested modality."""
    verb = c.lemma_parts[0]
    if c.passive or verb in NOT_REQUESTS or \
            OBJECT_CONTROL_MODALITY.get(verb) not in ("requested", "ordered"):
        return
    if verb in REQUEST_PREPOSITIONS and (
            c.fold_prep is None or c.fold_prep.lower_ not in REQUEST_PREPOSITIONS[verb]):
        return
    asked = next((t for t in c.children if t.dep_ == "xcomp" and t.pos_ == "VERB"
                  and any(g.tag_ == "TO" and g.i < t.i for g in t.children)), None)
    if asked is None:
        return
    if not c.objects and c.listener is not None:
        c.extras = [e for e in c.extras if e[0].i != c.listener.i]
        c.objects, c.listener = [c.listener], None  # "told him to leave": a request, not news
    if not c.objects or c.object_complement is not None or asked.i < c.objects[0].i:
        return
    to = next(g for g in asked.children if g.tag_ == "TO" and g.i < asked.i)
    particles = [g for g in asked.children if g.dep_ == "prt"]
    # "told him not to worry": the request is not to; the predicate keeps its "not"
    negators = [g for g in asked.children if g.dep_ == "neg" and g.i < asked.i]
    c.add_to_group(*negators, to, asked, *particles)
    # "appeal to X to stop" reads "appeal to stop", not "appeal to to stop"
    c.lemma_parts += [*(["not"] if negators else []),
                      *(["to"] if c.lemma_parts[-1] != "to" else []), lemma_of(asked).lower(),
                      *(g.lower_ for g in particles)]
    # what is asked keeps its thing: "called on X to instill confidence", not "to instill"
    # (a name or a pronoun stays out of the predicate: the request's own statement has it)
    thing = next((g for g in asked.children if g.dep_ == "dobj" and g.pos_ == "NOUN"), None)
    if thing is not None:
        c.add_to_group(thing)
        c.lemma_parts.append(thing.lower_)  # as written: "lay down arms" is no "arm"


# verbs whose listener is told something: "told the minister that ..." -> tell the minister
ADDRESSEE_VERBS = frozenset({"tell", "inform", "brief", "notify"})
# verbs that tell their listener something in a manner: "warned the minister that ..." tells
# the minister (a warning is no threat to the one warned), said as "tell"
TELLING_VERBS = frozenset({"warn", "assure", "remind"})


def _addressee(c: _Clause) -> list[_Statement]:
    """ "X told the minister that ...": besides what is said, X tells the minister; "the
    minister was told by X that ...": X tells the minister; "warned the minister that ...":
    X tells the minister; "said to the minister", "said in a statement to the minister": X
    tells the minister."""
    if c.lemma_parts[0] in TELLING_VERBS:
        if c.object_clause is None:
            return []  # "warned them against it": a caution, not news
        return _told(replace(c, lemma_parts=["tell", *c.lemma_parts[1:]]))
    if c.lemma_parts[0] in SPOKEN_TO_VERBS:
        return _spoken_to(c)
    if c.lemma_parts[0] not in ADDRESSEE_VERBS:
        return []
    return _told(c)


# "said in a statement to the effect that ...", "has said to date": no one spoken to
TO_IDIOM_NOUNS = frozenset({"effect", "date"})


def _spoken_to(c: _Clause) -> list[_Statement]:
    """ "X said to the minister that ...", "X said in a statement to the minister": the "to"
    of a speech verb, or of the utterance it was made in, names who is told."""
    if c.passive or c.listener is not None or _confirmed_to_a_post(c):
        return []
    # "X, in a statement to Y, said": the utterance may hang on the subject, set off by commas
    set_off = [] if c.inherited else [g for t in c.subjects for g in t.children
                                      if g.dep_ == "prep" and g.lower_ == "in"]
    # a bare "to" after the verb: "To this, X said" answers something, speaks to no one
    for prep in [t for t in c.children if t.dep_ == "prep" and (
            t.i > c.main.i or t.lower_ != "to")] + set_off:
        to: Token | None = prep
        if prep.lower_ != "to":
            noun = prep_object(prep)
            if prep.lower_ != "in" or noun is None or \
                    lemma_of(noun).lower() not in ADDRESSED_UTTERANCES:
                continue
            to = next((g for g in noun.children if g.dep_ == "prep" and g.lower_ == "to"),
                      None)
        if to is None:
            continue
        listener = prep_object(to)
        if listener is None or listener.pos_ not in NOMINAL or \
                listener.lower_ in TO_IDIOM_NOUNS or is_time_phrase(listener) or \
                (c.fold_prep is not None and c.fold_prep.i == prep.i):
            continue
        extras = [e for e in c.extras if e[0].i != prep.i]
        group = [t for t in c.group if not (t.dep_ == "mark" and c.object_clause is not None
                                            and t.head.i == c.object_clause.i)]
        if to.i > c.main.i:
            group = sorted({*group, to}, key=lambda t: t.i)  # "said to", not "to ... said"
        told = _emit(replace(c, objects=_conjuncts(listener), object_clause=None,
                             extras=extras, object_complement=None, listener_verb=False,
                             group=group, lemma_parts=["tell"], fold_prep=None))
        for s in told:
            s.rule = "addressee"
        return told
    return []


def _confirmed_to_a_post(c: _Clause) -> bool:
    """ "The Senate confirmed Ann Lee (him, the nominee) to the Supreme Court": a person
    confirmed is put in a post, and the "to" names the body she joins, nobody told."""
    return c.lemma_parts[:1] == ["confirm"] and any(
        o.dep_ == "dobj" and _a_person_acted_on(o) for o in c.objects)


def _told(c: _Clause) -> list[_Statement]:
    """The statement that the verb's listener is told, in the voice of the text."""
    group = [t for t in c.group if not (t.dep_ == "mark" and c.object_clause is not None
                                        and t.head.i == c.object_clause.i)]
    if c.passive:
        if not c.agents or not c.subjects or c.fold_prep is not None:
            return []
        # the one told is the passive's patient: "the minister was told by X" reads as written
        told = _emit(replace(c, listener_verb=False, object_clause=None, group=group))
        for s in told:
            s.rule = "addressee"
        return told
    listener = c.listener
    if listener is None or listener.pos_ not in NOMINAL or _opens_a_clause(c, listener):
        return []
    extras = [e for e in c.extras if e[0].i != listener.i]
    lemma_parts = c.lemma_parts
    prep = c.fold_prep
    if prep is not None:
        # "told the world via Twitter": the folded phrase goes back among the adjuncts
        group = [t for t in group if t.i != prep.i]
        lemma_parts = lemma_parts[:-1] if lemma_parts[-1:] == [prep.lower_] else lemma_parts
        extras = sorted([*extras, (prep, prep.lower_, True)], key=lambda e: e[0].i)
    rest = _emit(replace(c, objects=_conjuncts(listener), object_clause=None, extras=extras,
                         object_complement=None, group=group, lemma_parts=lemma_parts,
                         fold_prep=None))
    for s in rest:
        s.rule = "addressee"
    return rest


def _stance_on_owner(c: _Clause) -> list[_Statement]:
    """ "opposed the minister's plan": a stand on what someone said or decided is a stand on
    them (oppose the minister). Not "his plan": whose it is would be a guess. A doubt cast
    on someone's claim or power, or a call for someone's resignation, opposes them."""
    stance = " ".join(c.lemma_parts)
    if c.passive:
        return []
    if stance in STANCE_VERBS:
        owners, lemma_parts = [o for obj in c.objects for o in _stance_targets(obj, stance)], \
            c.lemma_parts
    elif stance in DOUBTING_VERBS or stance in OUSTING_CALLS:
        nouns = DOUBTED_NOUNS if stance in DOUBTING_VERBS else OUSTER_NOUNS
        owners = [o for obj in c.objects if obj.pos_ == "NOUN" and
                  lemma_of(obj).lower() in nouns for o in _owners(obj)]
        lemma_parts = ["oppose"]
    elif stance in CONFIRMING_VERBS:
        # "confirmed Ann Lee's nomination": Ann Lee is confirmed in the post
        owners = [o for obj in c.objects if obj.pos_ == "NOUN" and
                  lemma_of(obj).lower() in POSTING_NOUNS for o in _owners(obj)
                  if _a_person_acted_on(o)]
        lemma_parts = CONFIRMED_IN_POST.split()
    else:
        return []
    if not owners:
        return []
    rest = _emit(replace(c, objects=owners, object_complement=None, object_clause=None,
                         lemma_parts=lemma_parts))
    for s in rest:
        s.rule = "stance-owner"
    return rest


def _stance_targets(noun: Token, stance: str) -> list[Token]:
    """Whose statement, decision or deed the object of a stance verb names: its owner
    ("the minister's plan"), or the doer of a deed named by an event noun with whom it was
    done to ("Borduria's attack on Valdora", "the Russian invasion of Atlantis"). Without the
    one it was done to, an owner may be the victim ("Lee's killing"): no stand on anyone."""
    lemma = lemma_of(noun).lower()
    if lemma in ASPECT_NOUNS:
        of = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        inner = prep_object(of) if of is not None else None
        return _stance_targets(inner, stance) if inner is not None and \
            lemma_of(inner).lower() not in ASPECT_NOUNS else []
    if lemma in STANCE_NOUNS:
        return _owners(noun)
    if lemma not in NOMINAL_EVENTS or stance not in DEED_STANCE_VERBS or noun.pos_ != "NOUN":
        return []
    agents, patient, _, _ = _event_roles(noun)
    if patient is None:
        return []
    # a named doer: "its attack" leaves whose it is a guess
    return [a for a in agents if a.pos_ == "PROPN" or a.ent_type_ == "NORP"]


def _ticket_members(c: _Clause) -> list[_Statement]:
    """ "The party nominated a ticket of Tom Hale for president and Ann Lee for vice
    president": to nominate (back, elect) a ticket is to nominate each person it names."""
    if c.passive or " ".join(c.lemma_parts) not in TICKET_VERBS:
        return []
    members = [m for obj in c.objects if lemma_of(obj).lower() in TICKET_NOUNS
               for m in on_ticket(obj)]
    if not members:
        return []
    rest = _emit(replace(c, objects=members, object_complement=None, object_clause=None))
    for s in rest:
        s.rule = "ticket-member"
    return rest


def on_ticket(ticket: Token) -> list[Token]:
    """The people a ticket names: by its "of" and the "for" of each post ("a ticket of Tom
    Hale for president and Ann Lee for vice president"), through coordination only (never
    an apposition or a clause: "a ticket of Hale, an aide to Senator Lee" names no Lee)."""
    found: list[Token] = []
    todo = [p for p in ticket.children if p.dep_ == "prep" and p.lower_ in ("of", "for")]
    while todo:
        word = todo.pop()
        if word.pos_ == "PROPN" and word.ent_type_ == "PERSON":
            found.append(word)
        todo.extend(d for d in word.children if d.dep_ in ("pobj", "conj") or (
            d.dep_ == "prep" and d.lower_ == "for" and word.dep_ != "prep"))
    return sorted(found, key=lambda t: t.i)


def _owners(noun: Token) -> list[Token]:
    """Whose statement or act a noun names: "the minister's plan", "the act of the commission"
    (after "of" only a name or a capitalised body, never "the move of troops")."""
    owners = [o for o in noun.children if o.dep_ == "poss" and o.pos_ in ("PROPN", "NOUN")]
    if owners:
        return owners
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = prep_object(prep)
            if pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ in ACTOR_ENTS:
                return _conjuncts(pobj)
    return []


# "won the election over X", "won the final against X": what is won is a contest, so the
# one it was won over or against was defeated
CONTESTS = frozenset({"election", "race", "vote", "runoff", "primary", "nomination", "seat",
                      "match", "game", "final", "semifinal", "title", "championship", "bout",
                      "fight", "case", "lawsuit", "trial", "appeal", "contest", "battle"})
OPPONENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _contest_opponent(c: _Clause, prep: Token) -> Token | None:
    """The named rival of a "win ... against/over" preposition (not "won over the voters"),
    hung on the verb or on the contest ("won the final against X")."""
    pobj = prep_object(prep)
    heads = {c.main.i, *(o.i for o in c.objects if lemma_of(o).lower() in CONTESTS)}
    if prep.lower_ not in ("over", "against") or prep.head.i not in heads or pobj is None or \
            pobj.ent_type_ not in OPPONENT_ENTS or is_time_phrase(pobj):
        return None
    return pobj


def _read_opponent(c: _Clause) -> None:
    """ "X won against Y": X defeated Y (a win with no contest named is a defeat of Y)."""
    if c.passive or c.lemma_parts != ["win", "against"] or c.fold_prep is None or \
            not c.objects or _contest_opponent(c, c.fold_prep) is None:
        return
    c.lemma_parts = ["defeat"]


def _read_edged(c: _Clause) -> None:
    """ "X edged (out) Y", "edging Y": a narrow win over a named rival, a defeat of Y
    (prices that edge higher or a car edged forward name no rival)."""
    if c.passive or c.lemma_parts not in (["edge"], ["edge", "out"]) or not c.objects or \
            any(o.ent_type_ not in OPPONENT_ENTS or o.pos_ != "PROPN" for o in c.objects):
        return
    c.lemma_parts = ["defeat"]


def _opponent(c: _Clause) -> list[_Statement]:
    """ "X won the election over Y": besides the win, X defeated Y."""
    if c.passive or c.lemma_parts != ["win"] or len(c.objects) != 1 or \
            lemma_of(c.objects[0]).lower() not in CONTESTS:
        return []
    contest = c.objects[0]
    preps = [p for p, _, _ in c.extras] + [p for p in contest.children if p.dep_ == "prep"]
    for prep in sorted(preps, key=lambda p: p.i):
        opponent = _contest_opponent(c, prep)
        if opponent is not None:
            extras = [e for e in c.extras if e[0].i != prep.i]
            return _emit(replace(c, lemma_parts=["defeat"], objects=_conjuncts(opponent),
                                 extras=extras, fold_prep=prep,
                                 group=[*c.group, prep]))
    return []


# what is lost to a rival: a contest, and a candidate's own bid
LOST_CONTESTS = CONTESTS | {"caucus", "reelection", "re-election", "bid", "runoff", "poll"}


# what is won, and goes to its winner: "the gold medal went to X", "the seat went to Y"
PRIZES = frozenset({"medal", "gold", "silver", "bronze", "prize", "award", "title", "trophy",
                    "cup", "championship", "crown", "seat", "nomination", "jackpot"})


def _fold_prize_went_to(c: _Clause) -> None:
    """ "The bronze medal went to X", "third place went to Y": X won the medal, Y third
    place; a place only with its rank ("the place went to X" is no result)."""
    if c.passive or c.lemma_parts != ["go", "to"] or c.fold_prep is None or not c.objects or \
            not c.subjects or c.negated:
        return
    for prize in c.subjects:
        ranked = lemma_of(prize).lower() == "place" and any(
            t.dep_ == "amod" and (t.lower_ in ORDINAL_WORDS or t.ent_type_ == "ORDINAL")
            for t in prize.children)
        if lemma_of(prize).lower() not in PRIZES and not ranked:
            return
    winners = [o for o in c.objects if o.ent_type_ in OPPONENT_ENTS or o.pos_ == "PROPN"]
    # "second and third place went to X and Y": each took one, not both
    shares = len(c.subjects) + sum(t.dep_ == "conj" and t.head.dep_ == "amod"
                                   for p in c.subjects for t in p.subtree)
    if not winners or len(winners) > 1 and shares > 1:
        return
    c.subjects, c.objects = winners, list(c.subjects)
    c.lemma_parts, c.fold_prep = ["win"], None
    c.inherited = False


def _fold_death_place(c: _Clause) -> None:
    """ "X died at his home in Y", "died in a hospital in Y": the named place is where X died
    (X die in Y); the unnamed home or hospital says no more. A named hospital stays."""
    if c.passive or len(c.lemma_parts) != 2 or c.lemma_parts[0] != "die" or \
            c.lemma_parts[1] not in ("at", "in") or len(c.objects) != 1:
        return
    spot = c.objects[0]
    if spot.pos_ != "NOUN" or spot.ent_type_ or is_place_phrase(spot):
        return
    for p in spot.children:
        pobj = prep_object(p)
        if p.dep_ == "prep" and p.lower_ == "in" and pobj is not None and is_place_phrase(pobj):
            c.lemma_parts, c.objects = ["die", "in"], [pobj]
            return


# verbs that give someone a result by naming it: "was declared the winner of X", "was
# named Best Actor", "was voted Player of the Year"
RESULT_NAMING_VERBS = frozenset({"declare", "name", "proclaim", "crown", "vote", "announce"})


def _fold_declared_winner(c: _Clause) -> None:
    """ "X was declared the winner of Y": X won Y; "X was named Best Actor", "voted Player of
    the Year": X won the award. Whoever declared it is not the one who won."""
    if not c.passive or len(c.lemma_parts) != 1 or c.lemma_parts[0] not in RESULT_NAMING_VERBS or \
            len(c.objects) != 1 or not c.subjects:
        return
    title = c.objects[0]
    won: list[Token] = []
    if lemma_of(title).lower() == "winner":
        of = next((p for p in title.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        pobj = prep_object(of) if of else None
        won = _conjuncts(pobj) if pobj is not None else []
    elif title.pos_ == "PROPN" and (
            any(t.lower_ == "best" and t.i < title.i for t in title.subtree) or
            any(p.lower_ == "of" and any(g.lower_ == "year" for g in p.subtree)
                for p in title.children)):
        won = [title]  # an award's name: "Best Actor", "Player of the Year"
    if not won:
        return
    c.objects, c.agents, c.passive = won, [], False
    c.lemma_parts, c.fold_prep = ["win"], None


def _rival(prep: Token) -> Token | None:
    """The named rival a "to" phrase gives: "to Lee", "to his deputy, Lee"."""
    pobj = prep_object(prep)
    if pobj is None or is_time_phrase(pobj):
        return None
    if pobj.ent_type_ in OPPONENT_ENTS and pobj.pos_ == "PROPN":
        return pobj
    return next((a for a in pobj.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                 and a.ent_type_ in OPPONENT_ENTS), None)


def _winner(c: _Clause) -> list[_Statement]:
    """ "X lost the election to Y", "X lost to Y", "X lost in three states to Y": Y defeated
    X, said as "X was defeated by Y" (not "lost the city to Y" or "lost 20 seats to Y": a
    place or a share taken is no defeat of X)."""
    if c.passive or c.lemma_parts[0] != "lose" or not c.subjects:
        return []
    if c.lemma_parts == ["lose", "to"] and c.fold_prep is not None:
        preps = [c.fold_prep]
    elif c.lemma_parts in (["lose"], ["lose", "in"]) and len(c.objects) == 1 and (
            c.lemma_parts == ["lose", "in"] or (
                lemma_of(c.objects[0]).lower() in LOST_CONTESTS and
                not any(t.dep_ == "nummod" for t in c.objects[0].children))):
        preps = [p for p, _, _ in c.extras if p.lower_ == "to" and p.head.i == c.main.i] + [
            p for p in c.objects[0].children if p.dep_ == "prep" and p.lower_ == "to"]
    else:
        return []
    for prep in preps:
        rival = _rival(prep)
        if rival is not None:
            extras = [e for e in c.extras if e[0].i != prep.i]
            return _emit(replace(c, lemma_parts=["defeat"], passive=True, agents=[rival],
                                 objects=[], extras=extras,
                                 group=sorted({*c.group, prep}, key=lambda t: t.i)))
    return []


# verbs that lay a harmful deed at someone's door, with the preposition naming them:
# "attributed the bombing to X", "blamed the attack on X", "pinned the killing on X"
BLAMING_VERBS = {"attribute": "to", "blame": "on", "pin": "on"}
# the deeds whose author so named is accused of them (not "attributed the rise to demand")
BLAMED_DEEDS = ACTION_NOUNS | frozenset({
    "killing", "murder", "assassination", "massacre", "explosion", "blast", "abduction",
    "kidnapping", "shooting", "stabbing", "arson", "fire", "downing", "crash", "hack",
    "cyberattack", "violence", "fraud", "poisoning", "atrocity",
})


def _attributed(c: _Clause) -> list[_Statement]:
    """ "X attributed the bombing to Y", "X blamed the attack on Y": X accuses Y (said as
    "X accuses Y"); only for a harmful deed and a name after the preposition."""
    prep_word = BLAMING_VERBS.get(c.lemma_parts[0])
    if c.passive or prep_word is None or len(c.lemma_parts) > 1 or len(c.objects) != 1 or \
            not c.subjects or lemma_of(c.objects[0]).lower() not in BLAMED_DEEDS:
        return []
    deed = c.objects[0]
    # "attributed the attacks to X": the parser may hang the "to" on the deed ("the attack
    # on X" names a target, so "on" counts only on the verb)
    preps = [p for p, _, _ in c.extras if p.head.i == c.main.i] + \
        [p for p in deed.children if p.dep_ == "prep" and prep_word == "to"]
    for prep in preps:
        if prep.lower_ != prep_word:
            continue
        author = prep_object(prep)
        if author is None or not _named_actor(author):
            continue
        extras = [e for e in c.extras if e[0].i != prep.i]
        blamed = _emit(replace(c, lemma_parts=["accuse"], objects=_conjuncts(author),
                               object_complement=None, object_clause=None, extras=extras,
                               group=sorted({*c.group, prep}, key=lambda t: t.i)))
        for s in blamed:
            s.rule = "attribution"
        return blamed
    return []


# "support for X came from Y", "criticism of X came from Y": a stand named by its noun, with
# the preposition of what it is on (not "the support of the unions": whose it is)
STANCE_SOURCE_NOUNS = {
    "support": ("support", "for"), "backing": ("back", "for"), "praise": ("praise", "for"),
    "criticism": ("criticize", "of"), "condemnation": ("condemn", "of"),
    "opposition": ("oppose", "to"), "funding": ("fund", "for"), "aid": ("aid", "for"),
    "objection": ("object to", "to"),
}


# "X received support from Y", "the plan drew criticism from Y", "the ruling sparked
# objections from Y": verbs by which a stand named by its noun reaches the one it is on
RECEIVING_VERBS = frozenset({"receive", "draw", "win", "earn", "face", "attract", "garner",
                             "get", "spark", "prompt", "provoke", "trigger", "elicit"})


def _stance_source(c: _Clause) -> list[_Statement]:
    """ "Support for X came from Senator Y", "X received support from Senator Y": Y supports
    X; only from a named actor (not "came from the crowd"), and not "no support"."""
    if c.passive or not c.subjects:
        return []
    if c.lemma_parts == ["come", "from"] and len(c.subjects) == 1 and c.objects:
        noun, sources = c.subjects[0], c.objects
        verb, prep_word = STANCE_SOURCE_NOUNS.get(lemma_of(noun).lower(), ("", ""))
        prep = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == prep_word),
                    None)
        target = prep_object(prep) if prep else None
        on, said = ([] if target is None else _conjuncts(target)), [noun, prep]
    elif c.lemma_parts[:1] and c.lemma_parts[0] in RECEIVING_VERBS and len(c.objects) == 1:
        noun, on = c.objects[0], c.subjects
        verb = STANCE_SOURCE_NOUNS.get(lemma_of(noun).lower(), ("", ""))[0]
        # "from" on the verb (an adjunct) or on the noun (inside the object)
        prep = next((p for p in [*(e[0] for e in c.extras), *noun.children]
                     if p.dep_ == "prep" and p.lower_ == "from" and p.head.i in
                     (c.main.i, noun.i)), None)
        source = prep_object(prep) if prep else None
        sources, said = ([] if source is None else _conjuncts(source)), [noun, prep]
    else:
        return []
    if not verb or not on or not sources or not _named_actor(sources[0]) or \
            is_negative_phrase(noun):
        return []
    found = _emit(replace(c, subjects=sources, objects=on, lemma_parts=[verb],
                          object_complement=None, object_clause=None, extras=[
                              e for e in c.extras if e[0] not in said],
                          group=sorted({*c.group, *(t for t in said if t is not None)},
                                       key=lambda t: t.i)))
    for s in found:
        s.rule = "stance-source"
    return found


# "rallied in support of X", "resigned in protest against X": an act done in support of (in
# protest against) something is a stand on it; the noun with the prepositions of what it is
# on (not "in favour of": a court rules in favour of a party without backing it)
STANCE_ADJUNCTS = {"support": ("support", frozenset({"of"})),
                   "protest": ("oppose", frozenset({"against", "at", "of", "over", "to"}))}


def _stance_adjunct(c: _Clause) -> list[_Statement]:
    """ "X rallied in support of Y": besides the rally, X supports Y (and "in protest at the
    minister's decision" opposes the minister too: see _stance_on_owner)."""
    if c.passive or not c.subjects:
        return []
    for prep, _, _ in c.extras:
        noun = prep_object(prep)
        if prep.lower_ != "in" or noun is None or prep.head.i != c.main.i or \
                lemma_of(noun).lower() not in STANCE_ADJUNCTS or \
                any(d.dep_ in ("det", "poss") for d in noun.children):
            continue  # "in a protest at the embassy", "in his support": a place, a guess
        verb, preps = STANCE_ADJUNCTS[lemma_of(noun).lower()]
        inner = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ in preps), None)
        target = prep_object(inner) if inner else None
        if inner is None or target is None:
            continue
        # "rallied at the plaza in support of X": the folded "at" is no part of the stand
        group = [t for t in c.group if c.fold_prep is None or t.i != c.fold_prep.i]
        stance = replace(c, lemma_parts=[verb], objects=_conjuncts(target), object_clause=None,
                         object_complement=None, light_verb=True, idiom=noun, fold_prep=None,
                         extras=[e for e in c.extras if e[0].i != prep.i],
                         group=sorted({*group, prep, noun, inner}, key=lambda t: t.i))
        found = _emit(stance) + _stance_on_owner(stance)
        for s in found:
            s.rule = "stance-adjunct"
        return found
    return []


# prepositions whose noun takes part in what the verb does ("dedicated the paper to X",
# "filed a complaint against X", "raised money for X", "travelled from X to Y"), not ones
# that say where or when ("in", "at", "near", "during": a place is a qualifier)
PARTICIPANT_PREPS = frozenset({"to", "against", "with", "for", "from", "into", "toward",
                               "towards", "on"})
# names the recognizer gives to what can take part in an act
_PARTICIPANT_ENTS = ACTOR_ENTS | {"FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
# adjectives of an object that take the preposition for themselves: "damaged similar
# regions to X" compares the regions with X's, and does nothing to X
_COMPARING_ADJECTIVES = frozenset({
    "similar", "identical", "equal", "comparable", "close", "nearby", "adjacent", "next",
    "superior", "inferior", "different", "separate", "related", "due", "prior",
    "equivalent", "akin", "analogous", "parallel", "opposite", "contrary", "new"})
# prepositions that names carry inside them ("Band on the Run", "Centre for Peace", "Campaign
# against X"): after a name the parser may have cut one off its phrase
_PREPS_IN_NAMES = frozenset({"for", "on", "against"})
# the prepositions of an object's own phrase that name who its act is done to or with
_OBJECT_PARTICIPANT_PREPS = frozenset({"against", "with", "to", "for"})
# verbs that have, show or are their object rather than act with it: "the election saw a
# victory for X", "the awards included a trip to X", "had a life with X"
_PLAIN_OBJECT_VERBS = frozenset({"be", "have", "see", "show", "include", "mark", "watch",
                                 "feature", "contain", "represent", "remain"})
# what two do together: "signed a deal with X", "attended a summit with X"
_JOINT_ACTS = frozenset({
    "deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire", "contract", "talk",
    "meeting", "summit", "call", "interview", "conversation", "discussion", "negotiation",
    "debate", "tie", "relation", "relationship", "partnership", "alliance", "merger",
    "venture", "collaboration", "cooperation", "ticket", "dispute", "disagreement",
    "dissatisfaction", "frustration", "conflict", "war", "fight", "battle", "feud", "rivalry",
    "match", "game", "exchange"})
# what is counted, not taken part in: "registered 49.9 percent to 42.1 percent for X"
_COUNT_ENTS = frozenset({"CARDINAL", "PERCENT", "QUANTITY", "MONEY", "ORDINAL"})


# verbs of speech, whose listener and topic other rules tell (_addressee, spoken_topics)
_TOLD_VERBS = REPORTING_VERBS | TALK_VERBS | ADDRESSEE_VERBS | TELLING_VERBS


def _named_participant(noun: Token) -> bool:
    """A name, not a number, amount or time: "to Ann Lee", "from Louisiana", "on Iran"
    (not "to Category 1": a rank on a scale, whose label would lose its number)."""
    if is_time_phrase(noun) or noun.like_num or any(t.dep_ == "nummod" for t in noun.children):
        return False
    return noun.ent_type_ in _PARTICIPANT_ENTS or noun.pos_ == "PROPN" and not noun.ent_type_


def _set_off(prep: Token) -> bool:
    """ "knew about the deals, particularly with X": a phrase after a comma or an adverb
    narrows the one before, and takes no part in the act of its own."""
    before = prep.doc[prep.i - 1]
    return before.is_punct or any(t.dep_ == "advmod" for t in prep.children) or \
        before.dep_ == "advmod" and before.head.i == prep.i


def _passive_participant(c: _Clause) -> list[_Statement]:
    """ "Lee was extradited to Zembla", "Lee was expelled from the party": with no agent
    said, the one acted on and the named participant of the verb's first phrase make a
    statement of their own ("be extradited to"), what was done kept as written."""
    prep = c.fold_prep
    if not c.passive or prep is None or c.objects or not c.subjects or c.idiomatic or \
            prep.lower_ not in PARTICIPANT_PREPS or prep.head.i != c.main.i or \
            c.lemma_parts[0] in _TOLD_VERBS:
        return []
    pobj = prep_object(prep)
    if pobj is None or not _named_participant(pobj) or _set_off(prep) or \
            (prep.lower_, lemma_of(pobj).lower()) in COMPLEX_PREPOSITIONS:
        return []
    taken = replace(c, passive=False, agents=[], objects=_conjuncts(pobj), object_clause=None,
                    object_complement=None, extras=[e for e in c.extras if e[0].i != pobj.i],
                    lemma_parts=["be", c.main.lower_, prep.lower_])
    found = _emit(taken)
    for s in found:
        s.rule = "passive-adjunct"
    return found


def _adjunct_object(c: _Clause) -> list[_Statement]:
    """ "The church travelled from Louisiana to Walt Disney World", "the researchers
    dedicated the paper to Ann Lee": when the object (or the first preposition) is taken,
    a later prepositional phrase on the verb that names a participant is a statement of its
    own ("travel to", "dedicate paper to"), the common noun object kept in the predicate so
    it still says what was done."""
    if c.passive or not c.subjects or c.object_clause is not None or c.idiomatic or \
            c.lemma_parts[0] in _TOLD_VERBS:
        return []
    own = c.objects if c.fold_prep is None else []  # (not "travelled from X": X is taken)
    if own and own[0].ent_type_ == "MONEY":
        own = []  # "raised $11,000 for X", "paid $5m to X": "raise for X", "pay to X"
    elif c.fold_prep is None and (len(own) != 1 or own[0].pos_ != "NOUN" or
                                  own[0].ent_type_):
        # "introduced him to Lee": what was done to whom needs the object; with no object
        # the first phrase already is one (see _fold_preposition)
        return []
    if c.fold_prep is not None and any(
            o.ent_type_ in _COUNT_ENTS and not any(t.dep_ == "prep" for t in o.children)
            for o in c.objects):
        return []  # "rose from 3 percent to 5 percent in X": a count, not a participant
    if own and any(t.dep_ == "amod" and t.lower_ in _COMPARING_ADJECTIVES
                   for t in own[0].children):
        return []
    noun = [own[0].lower_] if own else []  # as written: a plural says what was done
    verb = [part for part in c.lemma_parts if c.fold_prep is None or part != c.fold_prep.lower_]
    preps = [prep for prep, role, _ in c.extras
             if prep.dep_ in ("prep", "dative") and prep.head.i == c.main.i and
             prep.i > c.main.i and role != "time" and prep.lower_ in PARTICIPANT_PREPS]
    if own and lemma_of(own[0]).lower() not in ROLES and \
            c.lemma_parts[0] not in _PLAIN_OBJECT_VERBS:
        # "led a movement against X", "signed a deal with X": the parser hangs the phrase
        # on the object, whose act it still is (not "the ambassador to X": a post; not
        # "laptops with Fedora": what a thing has is no one's act)
        preps += [prep for prep in own[0].children
                  if prep.dep_ == "prep" and prep.lower_ in _OBJECT_PARTICIPANT_PREPS and (
                      prep.lower_ != "with" or lemma_of(own[0]).lower() in _JOINT_ACTS)]
    found: list[_Statement] = []
    for prep in preps:
        pobj = prep_object(prep)
        if pobj is None or not _named_participant(pobj) or \
                (prep.lower_, lemma_of(pobj).lower()) in COMPLEX_PREPOSITIONS or \
                prep.lower_ == "with" and _absolute(pobj) or _set_off(prep) or \
                prep.lower_ in _PREPS_IN_NAMES and prep.doc[prep.i - 1].pos_ == "PROPN" or \
                any(t.dep_ == "cc" for t in prep.doc[c.main.i + 1 : prep.i]):
            continue  # (after an "and" the phrase may belong to what was joined)
        group = [t for t in c.group if c.fold_prep is None or t.i != c.fold_prep.i]
        taken = replace(c, objects=_conjuncts(pobj), object_clause=None, object_complement=None,
                        extras=[e for e in c.extras if e[0].i != prep.i], fold_prep=prep,
                        group=sorted({*group, *own, prep}, key=lambda t: t.i),
                        lemma_parts=[*verb, *noun, prep.lower_])
        for s in _emit(taken):
            s.rule = "adjunct-object"
            found.append(s)
    return found


def _named_actor(noun: Token) -> bool:
    """A name of an actor ("Borduria"), or a noun that a name makes one ("Houthi rebels"), or
    a legislator's title the parser made the head of "Senator from Vermont Ann Lee"."""
    if noun.pos_ == "PROPN" and not noun.ent_type_ and noun.lower_ in LEGISLATOR_ROLES:
        # (the parser may hang the "from" on the verb)
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        sits = prep_object(after) if after is not None and after.lower_ == "from" else None
        return sits is not None and sits.ent_type_ == "PERSON"
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in ACTOR_ENTS
    return noun.pos_ == "NOUN" and any(
        t.dep_ in ("compound", "amod") and t.pos_ in ("PROPN", "ADJ") and
        t.ent_type_ in ACTOR_ENTS for t in noun.children)


# pronouns that point at a thing said before, never at a name: a stand on "it" would go to
# whatever actor the resolver finds nearby
_BARE_REFERENCES = frozenset({"it", "this", "that"})


def _speaker_named(c: _Clause) -> bool:
    """Can who takes the stand take one? A court that calls a decision unlawful rules on it;
    a subject borrowed from another clause must be a name or a person ("said the transfer of
    power matters, and described X as ...": the transfer describes nothing)."""
    return bool(c.subjects) and not any(
        lemma_of(t).lower() in ("court", "tribunal") or c.inherited and t.pos_ == "NOUN" and
        lemma_of(t).lower() not in ROLES | PERSON_NOUNS for t in c.subjects)


def _epithet(c: _Clause) -> list[_Statement]:
    """ "X called Y a ruthless dictator", "X called the ruling unlawful", "X described Y as
    toxic": besides the naming, X criticizes Y; "X called Y a hero", "X hailed Y as a
    legendary figure": X praises Y. Only for a clear evaluation (see _evaluation), and a
    complement that follows the object (not "called it defensive": no stand is said)."""
    if c.passive or len(c.objects) != 1 or not _speaker_named(c) or \
            c.objects[0].lower_ in _BARE_REFERENCES:
        return []  # "called it null and void": what "it" is, the words do not say
    verb, obj = c.lemma_parts[0], c.objects[0]
    if c.lemma_parts == [verb] and verb in NAMING_VERBS:
        complement = _naming_complement(c)
        # the epithet is part of what is written as the predicate ("called ... dictator")
        # (a quoted adjective the parser hung inside the object is cut from it: "deal
        # "lousy"")
        group = sorted({*c.group, complement}, key=lambda t: t.i) if complement else []
        cut = [complement] if complement is not None and complement.dep_ == "amod" else []
        extras = c.extras
    elif verb in DESCRIBING_VERBS and lemma_of(c.main).lower() == verb:
        prep = next((t for t in [*c.children, *obj.children]
                     if t.dep_ == "prep" and t.lower_ == "as" and t.i > obj.i), None)
        complement = next((g for g in prep.children if g.dep_ in ("pobj", "amod", "acomp")),
                          None) if prep is not None else None
        # "hailed Y", "described Y" said as praising or criticizing Y: the "as" phrase,
        # whether the predicate took it ("hail as hero") or the object ("claims as a hoax"),
        # is neither the predicate nor the object
        group = [t for t in c.group if prep is None or t.i < prep.i]
        cut = [prep] if prep is not None and prep.head.i == obj.i else []
        extras = [e for e in c.extras if prep is None or e[0].i != prep.i]
    else:
        return []
    if complement is None:
        return []
    verdict = _evaluation(complement)
    if not verdict or verdict == "praise" and not _praised(obj):
        return []
    stance = replace(c, lemma_parts=["criticize" if verdict == "blame" else "praise"],
                     object_complement=None, group=group, extras=extras,
                     result=[*c.result, *cut])
    # "called the minister's plan a disgrace": a stand on the minister too
    return _emit(stance) + _stance_on_owner(stance)


def _naming_complement(c: _Clause) -> Token | None:
    """What a naming verb calls its object: "called the strikes defensive" (not "called
    Weller, a hero, on Monday": phoned him)."""
    obj = c.objects[0]
    complement = c.object_complement
    if complement is None:
        # "called Tomas Weller a hero", "called the plan "a disgrace"", "called the deal
        # "lousy"": the parser may hang the complement, quoted or not, on the name
        return next((t for t in obj.children if t.i > obj.i and (
            t.dep_ == "appos" or (t.dep_ == "amod" and _quoted(t))) and not any(
            w.is_punct and w.text not in QUOTE_MARKS
            for w in obj.doc[obj.i + 1 : t.left_edge.i])), None)
    return complement if complement.dep_ == "oprd" else None


# verbs that say, with an "as" phrase, what their object is taken for: "described Lee as a
# legendary figure", "hailed Lee as a hero", "dismissed the claims as a hoax" (not "see",
# "regard": a view held, not said)
DESCRIBING_VERBS = frozenset({"describe", "portray", "depict", "characterize", "characterise",
                              "label", "brand", "hail", "dismiss"})


# the one praised: a person or a group, never a thing or an event
PRAISED_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def _praised(noun: Token) -> bool:
    """Whether praise can be said of `noun`: a named person or group (or a name the
    recognizer left untyped; never a place)."""
    return noun.pos_ == "PROPN" and (noun.ent_type_ in PRAISED_ENTS or not noun.ent_type_)


def _quoted(token: Token) -> bool:
    """ "called the deal "lousy"": a word written in quotation marks."""
    first = token.left_edge
    return first.text in QUOTE_MARKS or (first.i > 0 and token.doc[first.i - 1].text in
                                         QUOTE_MARKS)


# nouns that only frame what their "of" names: "an act of barbarity", "a model of honesty"
FRAME_NOUNS = frozenset({"act", "kind", "sort", "type", "model", "example", "epitome",
                         "paragon", "symbol", "picture"})
# the dependents that make an evaluation with its head: adjectives (and their adverbs),
# compounds, and heads conjoined with it ("a warm and gentle soul", "a hero and a legend")
EVALUATING_DEPS = frozenset({"amod", "acomp", "advmod", "compound", "conj", "appos", "nmod"})
# words that leave an evaluation open or turn it round: "not a hero", "no hero", "anything
# but a hero", "a better leader than Lee"
OPEN_EVALUATION_WORDS = NEGATORS | {"than", "anything", "hardly", "less", "least"}


def _evaluating_words(head: Token) -> list[Token]:
    """The words that make an evaluation headed by `head`, never a word further inside ("a
    friend of a terrorist" blames no one, "an act of barbarity" does)."""
    found, todo = [], [head]
    while todo:
        word = todo.pop()
        found.append(word)
        for d in word.children:
            if d.dep_ in EVALUATING_DEPS:
                todo.append(d)
            elif d.dep_ == "prep" and d.lower_ == "of" and \
                    lemma_of(word).lower() in FRAME_NOUNS:
                todo.extend(g for g in d.children if g.dep_ == "pobj")
    return found


def _evaluation(head: Token) -> str:
    """ "praise", "blame" or "" for what a phrase says of whom it is said of: "a national
    hero", "an extraordinary woman" praise; "a ruthless dictator", "an act of barbarity"
    blame; "a great danger", "a hero but a liar", "not a great leader" say neither."""
    if any(t.lower_ in OPEN_EVALUATION_WORDS or is_negator(t) for t in head.subtree):
        return ""
    blame = praise = False
    for word in _evaluating_words(head):
        said = {word.lower_, lemma_of(word).lower()}
        blame = blame or bool(said & BLAME_WORDS) or bool(
            said & BLAME_NOUNS_ONLY and word.pos_ == "NOUN" and word.dep_ != "compound")
        praise = praise or bool(said & PRAISE_WORDS) or bool(
            said & WEAK_PRAISE_WORDS and _of_a_person(word))
    return "" if blame == praise else "blame" if blame else "praise"


def _of_a_person(adjective: Token) -> bool:
    """ "an extraordinary woman", "a great and kind man": an adjective of a person's noun."""
    while adjective.dep_ == "conj" and adjective.head.i < adjective.i:
        adjective = adjective.head
    return adjective.dep_ == "amod" and lemma_of(adjective.head).lower() in PERSON_NOUNS


# verbs that say outright what their subject holds: "X said (that) Lee was a wonderful
# human being" (not "believe", "deny", "suggest", "claim": a view kept, refused, hinted)
EVALUATING_SPEECH = frozenset({
    "say", "tell", "state", "write", "tweet", "post", "add", "declare", "remark", "comment",
    "note", "stress", "insist", "maintain", "argue", "affirm", "reiterate", "explain",
    "recall", "emphasize", "emphasise",
})


def _evaluated(c: _Clause) -> list[_Statement]:
    """ "X said (that) Lee was a wonderful human being", "X tweeted that Lee is a liar":
    besides what is said, X praises (criticizes) Lee. Only for a clear evaluation of a name
    or a noun said with a plain "is" or "was" (not "would be", not "if", not a question),
    and praise only of a named person or group; "he" or "she" only in the speaker's quoted
    words (where it is never the speaker: "X said, "He was a gentle soul"")."""
    if c.passive or not c.subjects or len(c.lemma_parts) != 1 or \
            c.lemma_parts[0] not in EVALUATING_SPEECH or not _speaker_named(c):
        return []
    clause = c.object_clause
    if clause is None and not c.objects and c.main.dep_ in ("ccomp", "parataxis") and \
            not any(t.dep_ in ("ccomp", "xcomp") for t in c.children):
        # "X tweeted, "Lee was a true hero."": the parser may hang the speech on the quote
        clause = c.main.head
    if clause is None or lemma_of(clause) != "be" or \
            clause.sent.text.rstrip(" \"'”’").endswith("?"):
        return []
    # "has been", "had been" only: a modal, "do" or a subordinator leaves it open
    if any(t.dep_ in ("aux", "auxpass") and lemma_of(t) != "have" or
           t.dep_ == "mark" and t.lower_ != "that" or is_negator(t) for t in clause.children):
        return []
    subject = next((t for t in clause.children if t.dep_ == "nsubj"), None)
    complement = next((t for t in clause.children if t.dep_ in ("attr", "acomp")), None)
    if subject is None or complement is None or not (
            subject.pos_ in ("PROPN", "NOUN") or _quoted_person(subject)):
        return []
    verdict = _evaluation(complement)
    if not verdict or verdict == "praise" and not (_praised(subject) or
                                                   _quoted_person(subject)):
        return []
    stance = replace(c, lemma_parts=["criticize" if verdict == "blame" else "praise"],
                     objects=_conjuncts(subject), object_clause=None, object_complement=None,
                     group=[t for t in c.group if t.dep_ != "mark"] + [complement])
    found = _emit(stance) + _stance_on_owner(stance)
    for s in found:
        s.rule = "evaluation"
    return found


def _quoted_person(pronoun: Token) -> bool:
    """ "X said, "He was a gentle soul"": "he" or "she" in quoted words is someone other
    than who speaks them (who speaks calls himself "I")."""
    return pronoun.lower_ in ("he", "she") and in_quotation(pronoun.doc.text, pronoun.idx)


def _reciprocal(c: _Clause) -> list[_Statement]:
    """ "Ruritania and Borduria signed a treaty", "held talks", "met in Geneva": conjoined
    actors who do together what one does with another did it with each other (Ruritania
    agrees with Borduria, and Borduria with Ruritania). Not with a third named ("signed a
    deal with X"), nor for the members of a group ("countries including X", "A and B were
    among the countries that signed the treaty")."""
    if c.passive or c.light_verb or len(c.subjects) < 2 or c.object_clause is not None or \
            any(p.lower_ == "with" for p, _, _ in c.extras) or _said_of_a_group(c.main):
        return []
    verb = lemma_of(c.main).lower()
    fold = c.fold_prep
    if len(c.objects) == 1 and _each_other(c.objects[0]):
        # "Zembla and Kelso accused each other": each did it to the other
        lemma: str | None = " ".join(c.lemma_parts)
    elif c.idiom is not None or (len(c.objects) == 1 and fold is None):
        noun = c.idiom if c.idiom is not None else c.objects[0]
        lemma = LIGHT_VERB_PREDICATES.get((verb, lemma_of(noun).lower(), "with"))
        if any(t.pos_ == "PROPN" for t in noun.subtree if t.i < noun.i):
            lemma = None  # "signed the Paris Agreement": a named treaty may bind many more
    elif not c.objects or (fold is not None and fold.lower_ != "with"):
        lemma = RECIPROCAL_VERBS.get(verb) if c.lemma_parts[1:2] in ([], [fold and fold.lower_])\
            else None
    else:
        lemma = None
    actors = [t for t in _conjuncts(c.subjects[0]) if t in c.subjects]
    if lemma is None or len(actors) < 2:
        return []
    extras = list(c.extras)
    if fold is not None:
        # "met in Geneva": where they met goes back among the other arguments
        pobj = prep_object(fold)
        role = "place" if pobj is not None and is_place_phrase(pobj) else fold.lower_
        extras = sorted([*extras, (fold, role, True)], key=lambda e: e[0].i)
    group = [t for t in c.group if fold is None or t.i != fold.i]
    found: list[_Statement] = []
    for a, b in itertools.permutations(actors, 2):
        found += _emit(replace(c, subjects=[a], objects=[b], lemma_parts=lemma.split(),
                               extras=extras, group=group, fold_prep=None,
                               object_complement=None))
    for s in found:
        s.rule = "reciprocal"
    return found


def _each_other(noun: Token) -> bool:
    """ "each other", "one another": the object that makes a verb reciprocal (the parser
    heads it with either word)."""
    doc = noun.doc
    return any((doc[i].lower_, doc[i + 1].lower_) in (("each", "other"), ("one", "another"))
               for i in (noun.i - 1, noun.i) if 0 <= i and i + 1 < len(doc))


# verbs of being in a state: "is under EU sanctions", "came under Russian attack"
UNDER_VERBS = frozenset({"be", "remain", "stay", "come", "fall", "live"})


def _under_event(c: _Clause) -> list[_Statement]:
    """ "Valdora is under Ruritanian control", "Borduria is under EU sanctions", "came under
    rebel attack": who does the event named after "under" does it to the subject
    (Ruritania controls Valdora). Only a named actor of an event noun."""
    if c.passive or lemma_of(c.main).lower() not in UNDER_VERBS:
        return []
    for prep in c.children:
        event = prep_object(prep)
        if prep.dep_ != "prep" or prep.lower_ != "under" or event is None:
            continue
        lemma = NOMINAL_EVENTS.get(lemma_of(event).lower())
        agent = next((t for t in event.children if t.i < event.i and (
            t.dep_ == "amod" and t.ent_type_ == "NORP" or t.dep_ in ("compound", "poss") and
            t.pos_ == "PROPN" and t.ent_type_ in ACTOR_ENTS)), None)
        if lemma is None or agent is None:
            return []
        found = _emit(replace(c, subjects=_conjuncts(agent), objects=c.subjects,
                              lemma_parts=lemma.split(), object_clause=None, fold_prep=None,
                              object_complement=None, role_noun=None,
                              extras=[e for e in c.extras if e[0].i != prep.i],
                              group=[*c.group, prep, event]))
        for st in found:
            st.rule = "under-event"
        return found
    return []


def _fold_idiom_after_object(c: _Clause) -> None:
    """ "held the minister in contempt": the phrase after the object is part of the predicate."""
    for k, (p, _, _) in enumerate(c.extras):
        pobj = prep_object(p)
        if p.dep_ != "prep" or pobj is None or p.head.i != c.main.i or p.i < c.main.i or \
                (c.lemma_parts[0], p.lower_, lemma_of(pobj).lower()) not in IDIOM_PHRASES:
            continue  # (before the verb: "X, on the other hand, is a Y" says no idiom)
        del c.extras[k]
        c.add_to_group(*c.main.doc[p.i : pobj.i + 1])
        c.lemma_parts += [p.lower_, lemma_of(pobj).lower()]
        c.idiomatic = True
        return


def _fold_stance_adjective(c: _Clause) -> None:
    """ "X is critical of Y", "X is opposed to Y": a stance said with an adjective is the
    stance verb (X criticizes Y, X opposes Y); "opposed to" is no passive without a by-agent.
    A tie said so is the tie's verb: "X was married to Y" (X married Y)."""
    if c.light_verb or c.idiom is not None or c.object_clause is not None:
        return
    adjective: Token | None = c.main
    if not (c.passive and not c.agents and not c.objects):
        adjective = next((o for o in c.objects if o.dep_ == "acomp" and len(c.objects) == 1),
                         None)
    if adjective is None:
        return
    for prep in adjective.children:
        key = (adjective.lower_, prep.lower_)
        verb = STANCE_ADJECTIVES.get(key) or TIE_ADJECTIVES.get(key) or \
            ACTOR_TIE_PARTICIPLES.get(key)
        pobj = prep_object(prep)
        if prep.dep_ != "prep" or verb is None or pobj is None:
            continue
        if key in TIE_ADJECTIVES and not _names_a_person(pobj):
            continue  # "is married to his work": no one is wed
        if key in ACTOR_TIE_PARTICIPLES and (adjective is not c.main or not (
                pobj.pos_ == "PROPN" or _named_actor(pobj))):
            continue  # "linked to the attack": a cause, no tie
        c.stance_adjective = adjective
        c.passive = False
        c.lemma_parts = verb.split()
        c.objects = _conjuncts(pobj)
        c.extras = [e for e in c.extras if e[0].i != prep.i]
        c.add_to_group(adjective, prep)
        return


def _names_a_person(noun: Token) -> bool:
    """A person's name, or a noun set beside one ("the actor Leo Berg")."""
    return noun.ent_type_ == "PERSON" or any(
        c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in noun.children)


# "surrendered himself to police": a reflexive object says nothing the subject does not;
# the preposition after it names the one acted on (not "found himself in": where he was)
REFLEXIVE_OBJECTS = frozenset({"himself", "herself", "itself", "themselves", "myself",
                               "ourselves", "yourself", "yourselves", "oneself"})
REFLEXIVE_TARGET_PREPS = frozenset({"to", "from", "against", "with"})


def _fold_invested_sum(c: _Clause) -> None:
    """ "invested billions of dollars in Acme", "invested £2m in Zeta": a sum put into
    something says what the subject did to it (invest in Acme); the sum is a quantity of
    the statement, the one invested in its object."""
    if c.passive or c.lemma_parts != ["invest"] or len(c.objects) != 1 or \
            c.object_clause is not None or not _a_sum(c.objects[0]):
        return
    sum_ = c.objects[0]
    preps = [(p, role) for p, role, _ in c.extras if p.lower_ == "in"] + [
        (p, "") for p in sum_.subtree if p.dep_ == "prep" and p.lower_ == "in"]
    # (on the sum or its "of": "billions of dollars in Acme")
    for p, role in preps:
        pobj = prep_object(p)
        if pobj is None or role == "time" or is_time_phrase(pobj):
            continue  # "invested $2m in 2020": when
        c.extras = [e for e in c.extras if e[0].i != p.i]
        c.fold_prep = p  # (read with its preposition: "invest in")
        c.objects = _conjuncts(pobj)
        return


def _a_sum(noun: Token) -> bool:
    """A sum of money: a money entity or a currency noun ("billions of dollars", "£2m")."""
    return noun.ent_type_ == "MONEY" or lemma_of(noun).lower() in CURRENCY_NOUNS


def _fold_predicate_object(c: _Clause) -> None:
    """ "tested positive for X", "pleaded not guilty to X", "surrendered himself to X": an
    object that is a bare adjective (with its "not") or a reflexive pronoun is part of the
    predicate, and the prepositional phrase after it gives what the statement is about."""
    if c.passive or c.light_verb or c.idiom is not None or c.object_clause is not None or \
            c.stance_adjective is not None or len(c.objects) != 1 or \
            c.lemma_parts[:1] == ["be"] or c.main.pos_ == "AUX":
        return
    word = c.objects[0]
    if word.lower_ in REFLEXIVE_OBJECTS and word.dep_ == "dobj":
        target = next((p for p, role, _ in c.extras if p.dep_ == "prep" and p.i > word.i
                       and p.head.i == c.main.i and p.lower_ in REFLEXIVE_TARGET_PREPS), None)
        if target is not None and _prepositional_object(target) is not None or not any(
                p.dep_ == "prep" and p.i > word.i for p, _, _ in c.extras):
            # with nothing after it, the reflexive is the subject again ("later reversed
            # himself"): no edge of its own, and no chance to resolve it to another actor
            c.add_to_group(word)
            c.objects = []  # _fold_preposition now takes the phrase after it
        return
    if word.pos_ != "ADJ" or word.dep_ not in ("acomp", "dobj", "oprd") or any(
            t.dep_ not in ("neg", "prep") for t in word.children):
        return
    # the preposition hangs on the adjective ("guilty to") or on the verb ("positive for")
    candidates = [p for p in word.children if p.dep_ == "prep"] + [
        p for p, role, _ in c.extras if p.dep_ in ("prep", "dative") and p.head.i == c.main.i
        and p.i == word.i + 1 and role != "time"]
    prep = min(candidates, key=lambda p: p.i, default=None)
    pobj = _prepositional_object(prep) if prep is not None else None
    if prep is None or pobj is None or prep.i != word.i + 1:
        return
    words = [t for t in word.children if t.dep_ == "neg"] + [word]
    c.extras = [e for e in c.extras if e[0].i != prep.i]
    c.add_to_group(word)  # not its "not": "pleaded not guilty" is no negated plea
    c.lemma_parts += [t.lower_ for t in words]
    c.fold_prep = prep
    c.objects = _conjuncts(pobj)
    if word.lower_ in PARTITIVES:
        # "controlled most of X and parts of Y": a share of its own is no "most of" Y
        c.objects = [t for t in c.objects if t is pobj or lemma_of(t).lower() not in PARTITIVES]


def _prepositional_object(prep: Token) -> Token | None:
    """The noun of a preposition, unless it only says when ("tested positive on Friday")."""
    pobj = prep_object(prep)
    return None if pobj is None or is_time_phrase(pobj) else pobj


def _absolute(pobj: Token) -> bool:
    """Is "with X" the subject of a clause of its own ("with Lee having left", "with Lee
    injured")? The participle right after the phrase tells it; "with Lee in 2019" does not."""
    if pobj.dep_ == "pcomp":  # parsed as a clause: "with [X having left]"
        return any(t.dep_ in ("nsubj", "nsubjpass") for t in pobj.children)
    after = pobj.right_edge.i + 1
    if after >= len(pobj.doc):
        return False
    word = pobj.doc[after]
    return word.lower_ == "having" or word.tag_ in ("VBN", "VBG") and word.dep_ in (
        "advcl", "acl", "conj") and not any(t.dep_ in ("nsubj", "nsubjpass")
                                            for t in word.children)


def _absolute_subject(participle: Token) -> Token | None:
    """ "The band split, with Lee having developed a drinking problem": the noun of the
    "with" right before a participle is the participle's subject, not the clause's."""
    start = participle.left_edge.i
    for prep in participle.head.children:
        pobj = prep_object(prep) if prep.lower_ == "with" else None
        if pobj is not None and pobj.dep_ == "pobj" and pobj.right_edge.i + 1 == start and \
                _absolute(pobj):
            return pobj
    return None


def _fold_preposition(c: _Clause) -> None:
    """No object: the first prepositional phrase after the verb gives it ("withdrew from X",
    "went ahead of X")."""
    main, passive = c.main, c.passive
    if c.objects or passive:
        _fold_idiom_after_object(c)  # "held X in contempt", "X was held in contempt"
    if c.idiom is not None and lemma_of(c.idiom).lower() in INTRANSITIVE_IDIOMS:
        return  # "took place on Main Street": where, not what
    if not c.objects and c.object_clause is None and not (passive and c.agents):
        for k, (p, role, _) in enumerate(c.extras):
            if p.dep_ not in ("prep", "agent") or p.i < main.i or role == "time" or (
                    c.idiomatic and role == "place"):
                continue  # "took place in Tunisia": where, not what
            pobj = next((g for g in p.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is None:
                break
            if pobj.dep_ == "pobj" and is_time_phrase(pobj):
                continue  # "heading into Super Tuesday": when, under any preposition
            if (p.lower_, lemma_of(pobj).lower()) in COMPLEX_PREPOSITIONS or \
                    lemma_of(pobj).lower() in MANNER_NOUNS:
                continue  # "began in response to X", "acted in a similar way": adjuncts
            if p.lower_ == "by" and not passive and lemma_of(main).lower() not in BY_OBJECT_VERBS:
                continue  # "won by a wide margin", "left by mutual consent": how, not what
            if p.lower_ in ("from", "of") and any(
                    t.dep_ == "advmod" and t.lower_ in SEPARATION_ADVERBS for t in c.children):
                break  # "operates independently from X": X is what it is not run by
            if p.lower_ == "with" and _absolute(pobj):
                break  # "disbanded with X having quarrelled": X did something, not with it
            c.fold_prep = p
            del c.extras[k]
            _keep_particle(c, p)
            if not passive and _fold_idiom_phrase(c, p, pobj):
                break
            if passive:
                # "the ruins were recaptured in 2016" keeps the ruins as object; the
                # prepositional object comes first among the other arguments
                c.extras.insert(0, (pobj, p.lower_, pobj.dep_ != "pobj"))
            else:
                c.objects = _conjuncts(pobj) if pobj.dep_ == "pobj" else [pobj]
                if pobj.dep_ == "pobj":
                    c.objects += _repeated_preposition(c, p)
            break
    if not c.objects and c.object_clause is None and c.fold_prep is None and not passive:
        # "went ahead of X", "came out of X": an adverb and its preposition after the verb
        for t in c.children:
            if t.dep_ == "advmod" and t.i == main.i + 1 and t.is_alpha:
                prep = next((g for g in t.children if g.dep_ == "prep" and g.i == t.i + 1), None)
                pobj = prep_object(prep) if prep else None
                if prep is not None and pobj is not None:
                    c.add_to_group(t)
                    c.lemma_parts.append(t.lower_)
                    c.fold_prep = prep
                    c.objects = _conjuncts(pobj)
    if c.fold_prep is not None:
        c.add_to_group(c.fold_prep)
        c.lemma_parts.append(c.fold_prep.lower_)


def _keep_particle(c: _Clause, prep: Token) -> None:
    """ "stepped down as chief executive": a particle the parser hangs on the verb as an
    adverb is part of the verb; without it the statement says the reverse ("step as")."""
    after = c.main.doc[c.main.i + 1]
    # (not "shifted away from X to Y": "away" is "away from", no particle of "to")
    if after.i < prep.i and after.dep_ == "advmod" and after.head.i == c.main.i and \
            after.lower_ in PARTICLE_ADVERBS and not any(after.children):
        c.add_to_group(after)
        c.lemma_parts.append(after.lower_)


def _repeated_preposition(c: _Clause, prep: Token) -> list[Token]:
    """ "met with the king, then with the minister": the folded preposition said again after
    a comma or "and" gives more objects (taken out of the other arguments)."""
    found: list[Token] = []
    end = prep.right_edge.i
    for t in sorted(c.main.children, key=lambda t: t.i):
        if t.i <= end or t.lower_ != prep.lower_ or t.dep_ not in ("prep", "conj"):
            continue
        between = c.main.doc[end + 1 : t.i]
        if not between or not all(w.is_punct or w.dep_ == "cc" or (
                w.dep_ == "advmod" and w.head.i in (c.main.i, t.i)) for w in between):
            break
        pobj = prep_object(t)
        if pobj is None:
            break
        found += _conjuncts(pobj)
        # "from X, from Y and from Z": the last may hang on the one before
        found += [g for q in t.children if q.dep_ == "conj" and q.lower_ == prep.lower_
                  for g in q.children if g.dep_ == "pobj"]
        c.extras = [e for e in c.extras if e[0].i != t.i]
        end = t.right_edge.i
    return found


def _fold_idiom_phrase(c: _Clause, prep: Token, pobj: Token) -> bool:
    """ "came to light", "is in charge of X": a preposition and noun that are part of the
    predicate; a preposition after the noun gives the object."""
    if (c.lemma_parts[0], prep.lower_, lemma_of(pobj).lower()) not in IDIOM_PHRASES or \
            prep.i < c.main.i:
        # before the verb it is no part of the predicate: "X, on the other hand, is a Y"
        return False
    c.add_to_group(*(t for t in pobj.doc[prep.i : pobj.i + 1]))
    c.lemma_parts += [prep.lower_, lemma_of(pobj).lower()]
    c.idiomatic = True
    c.fold_prep = None
    after = next((t for t in pobj.children if t.dep_ == "prep" and t.i > pobj.i), None)
    target = prep_object(after) if after else None
    if after is not None and target is not None:
        c.fold_prep = after  # "in charge of the army"
        c.objects = _conjuncts(target)
    return True


def _find_complement(c: _Clause) -> bool:
    """A copula's complement: "X is the head of Y" -> X / is the head of / Y. False when the
    clause says nothing ("it's still there")."""
    main = c.main
    if c.stance_adjective is not None:
        return True
    c.role_noun = _role_complement(main, c.objects)
    if c.role_noun is not None:
        prep = next(t for t in c.role_noun.children if t.dep_ == "prep")
        pobj = next(g for g in prep.children if g.dep_ == "pobj")
        owner = _named_owner(c.role_noun)
        owned = {t for p in c.role_noun.children if p.dep_ == "poss" for t in p.subtree}
        if owner is not None and prep.lower_ != "of":
            # "was Lee's running mate on the ticket": the role is the owner's, the ticket
            # only where it was held
            pobj = owner
            words = [t for t in main.doc[c.role_noun.left_edge.i : c.role_noun.i + 1]
                     if t not in owned]
            c.lemma_parts += _written_words(words, lemma=True) + ["of"]
        else:
            # "was Acme's head of sales": the head of sales, whoever's (never "acme 's")
            words = [t for t in main.doc[c.role_noun.left_edge.i : prep.i + 1]
                     if t not in owned]
            c.lemma_parts += _written_words([t for t in words if t.dep_ != "det"], lemma=True)
        c.add_to_group(*words)
        # "leader of the party and prime minister" parsed as one list: a role beside the
        # name is a second complement of the copula, never what the first role is of
        c.objects = [t for t in _conjuncts(pobj)
                     if t is pobj or t.pos_ != "NOUN" or lemma_of(t).lower() not in ROLES]
        if not c.modality and main.tag_ == "VBD" and lemma_of(main) == "be" and \
                lemma_of(c.role_noun).lower() in HELD_ROLES:
            c.modality = "former"  # "Lee was a member of the party": as the text tells it, over
    if main.pos_ == "AUX" and (lemma_of(main) == "be" or main.lower_ in ("'s", "’s", "'re", "’re",
                                                                     "'m", "’m")):
        c.lemma_parts = ["be"] + c.lemma_parts[1:]
        if not c.objects and c.object_clause is None and not c.extras:
            return False  # "it's still there": a copula without a complement says nothing
    return True


def _named_owner(noun: Token) -> Token | None:
    """The named owner of a role noun: "Lee's" of "Lee's running mate"."""
    return next((t for t in noun.children if t.dep_ == "poss" and t.pos_ == "PROPN"), None)


def _written_words(tokens: Sequence[Token], *, lemma: bool = False) -> list[str]:
    """The words of a phrase as written, lower case: tokens without a space between them
    are one word ("long-time", "non-voting", "south-most"), never "long - time".

    A word of one token is its lemma when `lemma` is set ("advocates" -> "advocate").
    """
    words: list[list[Token]] = []
    for token in tokens:
        if words and words[-1][-1].i == token.i - 1 and not words[-1][-1].whitespace_:
            words[-1].append(token)
        else:
            words.append([token])
    return [lemma_of(w[0]).lower() if lemma and len(w) == 1 else
            "".join(t.lower_ for t in w) for w in words]


def _modifier_words(noun: Token, modifiers: Iterable[Token]) -> list[Token]:
    """The modifiers before a noun, each with the rest of its hyphenated word: "south-most"
    of "the south-most region", not "most"."""
    doc = noun.doc
    found: list[Token] = []
    for m in sorted(modifiers, key=lambda t: t.i):
        span = doc[m.left_edge.i : m.right_edge.i + 1]
        hyphenated = len(span) > 1 and not any(t.whitespace_ for t in span[:-1])
        found.extend(span if hyphenated else [m])
    return found


def _manner_verdict(c: _Clause) -> Token | None:
    """ "treated me well", "performs poorly on old hardware": the adverb that says how the deed
    went, which the predicate keeps (never "as well", nor "may well win", a modal's)."""
    if c.idiom is not None or c.idiomatic or c.light_verb:
        return None  # "took care of me really well": the idiom's words stay whole
    doc = c.main.doc
    return next((t for t in c.children if t.dep_ == "advmod" and t.lower_ in MANNER_VERDICTS
                 and t.i > c.main.i and doc[t.i - 1].lower_ != "as" and
                 not any(a.tag_ == "MD" and a.i == t.i - 1 for a in c.children)), None)


def _emit(c: _Clause) -> list[_Statement]:
    """One statement per subject and object (or patient and agent), in active voice."""
    main, verb, passive = c.main, c.verb, c.passive
    # "the water is colder": a property, not a relation between two things
    cap = ADJECTIVE_CAP if c.objects and c.role_noun is None and lemma_of(main) == "be" and \
        _is_adjective(c.objects[0]) else 1.0
    verdict = _manner_verdict(c)
    if verdict is not None:
        c.add_to_group(verdict)
        c.lemma_parts = [c.lemma_parts[0], verdict.lower_, *c.lemma_parts[1:]]
    predicate = " ".join(t.text for t in c.group)
    lemma = " ".join(c.lemma_parts)
    attribution = _attribution(verb) or _accuser(c)
    kinds = _kinds(verb, c.object_clause, main)
    penalty = sum(KIND_PENALTY[k] for k in kinds)
    parent = verb.head.i if "participle" in kinds else -1
    rule = _rule_name(c, kinds)
    extras = c.extras
    if passive and c.objects:
        # "He was awarded the medal", "a company called X": the second object follows the verb
        extras = [(o, "object", False) for o in c.objects[:1]] + extras
    def statement(subject: Token | None, obj: Token | None, extra: list[tuple[Token, str, bool]],
                  negated: bool, object_clause: Token | None) -> _Statement:
        until = c.object_complement if obj is not None and not passive else None
        return _Statement(
            main.i, subject, predicate, _sense(lemma, obj), obj, extra, passive, negated,
            c.modality,
            attribution, 0.0, object_clause, c.inherited, anchor=verb, penalty=penalty,
            parent=parent, cap=cap, rule=rule, object_until=until, cut=tuple(c.result),
            object_from=c.object_from if obj is not None and not passive else -1,
        )

    if passive and c.listener_verb and c.agents and c.subjects:
        # "he was told by the minister that ...": the one told is no object
        return [statement(teller, None, [(c.subjects[0], "dative", False), *extras], c.negated,
                          c.object_clause) for teller in c.agents]
    if passive:
        agents: list[Token | None] = list(c.agents) or [None]
        return [statement(agent, patient, list(extras), c.negated or _says_none(patient),
                          None) for patient, agent in itertools.product(c.subjects, agents)]
    objects: list[Token | None] = list(c.objects) or [None]
    return [statement(subject, obj, list(extras), c.negated or _says_none(subject) or (
        obj is not None and _says_none(obj)), c.object_clause)
        for subject, obj in itertools.product(c.subjects, objects)]


# "the Senate confirmed Ann Lee": approves her in a post, and tells no one of her
CONFIRMED_IN_POST = "confirm appointment of"
# "the Senate confirmed (approved) Ann Lee's nomination": the same, said of the nomination
CONFIRMING_VERBS = frozenset({"confirm", "approve", "ratify"})
POSTING_NOUNS = frozenset({"nomination", "appointment"})
# verbs whose sense is another when what they act on is a person: "dismissed the claims"
# denies them, "dismissed her defence minister" sacks him; "confirmed the deaths" reports
# them
_PERSON_SENSES = {"dismiss": "sack", "confirm": CONFIRMED_IN_POST}


# "executed a planned shutdown", "executed the order": a plan executed is carried out, no
# one killed (a person executed is: "executed three prisoners")
_EXECUTED_PLANS = frozenset({
    "plan", "shutdown", "order", "orders", "strategy", "warrant", "search", "operation",
    "raid", "contract", "deal", "transaction", "trade", "program", "programme", "project",
    "task", "maneuver", "manoeuvre", "move", "policy", "will", "agreement", "transfer",
    "play", "drill", "exercise", "attack", "strike", "mission", "swap", "merger", "scheme",
    "command", "instruction", "decision", "sentence", "verdict", "budget", "takeover"})


# "took over the role of X", "took over the leadership": a post taken up, nothing seized
_TAKEN_UP_POSTS = frozenset({
    "role", "post", "job", "position", "office", "presidency", "chairmanship", "leadership",
    "captaincy", "helm", "reins", "duty", "responsibility", "running", "management",
    "mantle", "premiership", "chair", "portfolio", "brief"})


def _sense(lemma: str, obj: Token | None) -> str:
    """The lemma for what the verb acts on (see _PERSON_SENSES, _EXECUTED_PLANS,
    _TAKEN_UP_POSTS)."""
    if lemma in _PERSON_SENSES and obj is not None and _a_person_acted_on(obj):
        return _PERSON_SENSES[lemma]
    if lemma == "take over" and obj is not None and obj.pos_ == "NOUN" and (
            lemma_of(obj).lower() in _TAKEN_UP_POSTS | ROLES):
        return "assume"
    if lemma == "execute" and obj is not None:
        first = obj
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # ("a planned shutdown and the private sector": one sense)
        if first.pos_ == "NOUN" and lemma_of(first).lower() in _EXECUTED_PLANS:
            return "carry out"
    return lemma


def _a_person_acted_on(obj: Token) -> bool:
    """Is the object a person: a name, a word for one ("the nominee", "her defence
    minister") or "him" or "her"?"""
    return obj.ent_type_ == "PERSON" or lemma_of(obj).lower() in ROLES | PERSON_NOUNS or \
        obj.lower_ in ("him", "her")


# words after a "not" that make it no negation of the noun: "not only Lee", "not least Lee"
NOT_ONLY_WORDS = frozenset({"only", "just", "merely", "simply", "least", "yet", "so"})


def _says_none(noun: Token) -> bool:
    """ "no date or location": a negative phrase, or a noun joined to one by "or"/"nor";
    "met Ruiz but not Kell": a noun under its own "not" (never "not only Kell")."""
    if is_negative_phrase(noun) or any(
            t.dep_ == "neg" and t.i < noun.i and t.nbor().lower_ not in NOT_ONLY_WORDS
            for t in noun.children):
        return True
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        # "a port but no airport or railway": the railway is under the "no" of the airport
        first = first.head
        if is_negative_phrase(first) and any(t.dep_ == "cc" and t.lower_ in ("or", "nor")
                                             for t in first.children):
            return True
    return False


def _accuser(c: _Clause) -> Token | None:
    """ "The court accused the mayor of taking bribes": the taking is alleged by the court."""
    if c.modality != "alleged" or c.verb.dep_ != "pcomp":
        return None
    frame = _gerund_frame(c.verb.head)
    return next((t for t in frame.children if t.dep_ == "nsubj"), None)


# How a clause reaches its subject, for the clauses that borrow it from elsewhere
KIND_RULES = {"relcl": "relative-clause", "participle": "participial-clause",
              "acl": "participial-modifier", "infinitive": "infinitive",
              "pcomp": "gerund-adjunct", "conj": "conjoined-verb"}


def _rule_name(c: _Clause, kinds: Sequence[str]) -> str:
    """The rule a clause's statements come from: how the subject was reached when the clause
    borrows it, else the clause's shape (one of RULES)."""
    if c.light_verb and c.idiom is not None and c.idiom.i == c.verb.head.i and "acl" in kinds:
        return "light-verb"  # "a lawsuit filed by X against Y": the agent is named, no guess
    for kind in ("relcl", "participle", "acl", "infinitive", "pcomp", "conj"):
        if kind in kinds:
            if kind == "acl" and c.verb.head.dep_ == "pobj":
                # "posted a message on a website blaming X": which noun does the blaming
                # is a guess when the participle follows a prepositional phrase
                return "pp-participial-modifier"
            return KIND_RULES[kind]
    if c.verb.dep_ == "xcomp" and c.inherited:
        # "helped the army recapture X" (the object acts), "began shelling X" (the subject)
        told = any(t.dep_ in ("dobj", "dative") for t in c.verb.head.children)
        return "object-control" if told else "subject-control"
    if c.passive:
        if c.agent_in_adjunct:
            return "adjunct-agent"  # "was condemned in a statement by X"
        return "passive-agent" if c.agents else "passive"
    if c.light_verb:
        return "light-verb"  # "filed a lawsuit against X"
    if c.stance_adjective is not None:
        return "stance-adjective"  # "is critical of X"
    if c.idiomatic:
        return "idiom"  # "took place", "took part in X"
    if c.role_noun is not None:
        return "copula-role"
    if c.lemma_parts[:1] == ["be"] and c.main.pos_ == "AUX":
        return "copula"
    if c.fold_prep is not None:
        return "prep-object"
    if c.object_clause is not None:
        return "clausal-object"
    return "svo" if c.objects else "sv"


# Every rule name a statement may carry (Extraction.rule): a closed set the confidence model
# can read as a feature.
RULES = (
    # clauses
    "svo", "sv", "prep-object", "clausal-object", "copula", "copula-role", "passive",
    "passive-agent", "relative-clause", "participial-clause", "participial-modifier",
    "pp-participial-modifier", "infinitive", "gerund-adjunct",
    "conjoined-verb", "object-control", "subject-control", "idiom", "light-verb", "addressee",
    "stance-owner", "adjunct-agent", "stance-adjective", "reciprocal",
    "under-event", "attribution", "evaluation", "stance-source", "stance-adjunct",
    "adjunct-object", "passive-adjunct", "ticket-member",
    # noun phrases
    "apposition", "name-apposition", "apposition-role", "title", "participle", "location",
    "located-in",  # locations.py: "the Marlow Institute in Quebec", "Dalton, Georgia"
    "nominal-event", "behind-action", "action-noun", "possession",
    "affiliation",  # roles.py: "NASA administrator X", "X of the Red Cross"
    "kinship",  # roles.py: "his brother Jan Berg", "Ann Lee is Tom Lee's mother"
    "instrument-agent",  # instruments.py: "X launched strikes that killed Y" -> X killed Y
    "speech-topic",  # spoken_topics.py, after extract: "X said Y closed ..." -> X comments on Y
    "won-place",  # contest_places.py, after extract: "X won the primary in Y" -> X win Y
    "request-clause",  # request_clauses.py, after extract: "X asked that Y leave" -> X calls on Y
    "interview-with",  # spoken_topics.py, after extract: "in an interview with Y, X ...",
    # "in remarks to Y, X ...", "speaking to Y, X ..."
    "recipient",  # recipients.py, after extract: "X was awarded Y" -> X receive Y
    "death-place",  # whereabouts.py, after extract: "X died of Y in Z" -> X die in Z
    "moved-to",  # whereabouts.py, after extract: "X was flown to Y" -> X be flown to Y
    "at-court",  # whereabouts.py, after extract: "X pleaded guilty at Y Court"
    "treated-at",  # whereabouts.py, after extract: "X was treated at Y Hospital"
    "incident-place",  # whereabouts.py, after extract: "a fire killed X in Y" -> fire be
    # located in Y
    "incident-victims",  # fatalities.py, after extract: "X died in the crash" -> crash kill X
    "joint-work",  # collaborations.py, after extract: "researchers from X and Y found ..." ->
    # X cooperate with Y; "worked in partnership with Y" -> cooperate with Y
    "published-in",  # publications.py, after extract: "In findings published in Nature,
    # researchers reported ..." -> researchers publish in Nature
    "admitted-to",  # admissions.py, after extract: "X was elected to Y" -> X elected to Y;
    # "X studied law at Y" -> X study at Y
    "seat",  # seats.py, after extract: "X won a seat on Y" -> X win seat in Y
    "played-part",  # performances.py, after extract: "his role as Y" -> he play Y
    "party-ticket",  # tickets.py, after extract: "X's ticket of Y and Z" -> X nominate Y
    "control-deed",  # deeds.py, after extract: "X tried to storm Y" -> X try to storm Y
)


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
    """A subject that names a time ("Monday saw ...", "last night brought ..."); never a
    person the recognizer found ("Theresa May appointed him": a surname like a month)."""
    return token.pos_ in ("NOUN", "PROPN", "NUM") and is_time_phrase(token) and \
        not _surname_like_a_time_word(token) and token.ent_type_ != "PERSON"


def _surname_like_a_time_word(token: Token) -> bool:
    """ "In 1985, Day invited Lee": a word of time written lower-case ("day", "summer")
    standing alone and capitalized inside a sentence is a name (the parser may still tag it
    a date)."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_sent_start \
        and token.n_lefts == token.n_rights == 0 and token.lower_ in TIME_WORDS and \
        token.lower_ not in MONTHS and token.lower_ not in WEEKDAYS


# ---------------------------------------------------------------- nominal statements


def _name_described(noun: Token) -> Span | None:
    """The name a describing noun stands before or beside: "US-based software company Red
    Hat" and "Acme, a Berlin-based charity" say where Red Hat and Acme are. Only a name that
    follows the noun word for word, or its apposition's: "UK-based retailer Acme and Bolt
    Group" hangs "retailer" on the group the parse ends on, not on Acme."""
    head, doc = noun.head, noun.doc
    if not (noun.dep_ == "compound" and head.pos_ == "PROPN" and head.i > noun.i and
            all(t.pos_ == "PROPN" for t in doc[noun.i + 1 : head.i + 1]) or
            noun.dep_ == "appos" and head.pos_ == "PROPN" and head.i < noun.i and
            doc[head.i + 1].text == ","):  # (an apposition set off by its comma)
        return None
    named = entity_of(head)
    if named is not None and named.end - 1 == head.i:
        return named
    start = head.i  # a name the recognizer missed: its capitalised words
    while start > 0 and doc[start - 1].pos_ == "PROPN" and start - 1 != noun.i:
        start -= 1
    return doc[start : head.i + 1]


def _phrase_head(word: Token) -> Token:
    """The noun a modifier's word belongs to: "Armenian-backed separatist Republic of X"
    backs the republic, "Iran-backed government forces" the forces (not "separatist",
    "government"); a title before a name stays ("Acme-backed candidate Ann Lee")."""
    while word.head.i > word.i and (word.dep_ == "amod" and word.head.pos_ in NOMINAL or
                                    word.dep_ == "compound" and word.head.pos_ == "NOUN"):
        word = word.head
    return word


def _nominal(noun: Token) -> list[_Statement]:
    """Events named by nouns and hyphenated participles: "US invasion of Iraq", "Iran-backed"."""
    found: list[_Statement] = []
    # "Iran-backed factions": the participle's modifier is its agent
    if noun.dep_ == "amod" and noun.tag_ == "VBN" and noun.head.pos_ in NOMINAL:
        # (where a thing is based is said of its name; who backed or made it stays on the
        # noun: "a Toronto-shot series, Suits" names no maker)
        name = _name_described(noun.head) if lemma_of(noun).lower() in LOCATIVE_PARTICIPLES \
            else None
        described = name.root if name is not None else noun.head
        for c in participle_agents(noun):
            if lemma_of(noun).lower() in LOCATIVE_PARTICIPLES:
                # "UK-based retailer": the retailer is based in the UK; the UK bases nothing
                predicate = f"be {noun.text} in"
                found.append(_Statement(
                    noun.i, described, predicate, predicate.lower(), c, [], False,
                    confidence=FIXED_CONFIDENCE["participle"], rule="participle",
                    anchor=noun, spans=((name.start, name.end - 1), (c.left_edge.i, c.i))
                    if name is not None else ()))
                continue
            backs = lemma_of(noun).lower() in BACKING_PARTICIPLES
            found.append(_Statement(
                noun.i, c, noun.text, lemma_of(noun).lower(), _phrase_head(noun.head),
                [], False,
                confidence=FIXED_CONFIDENCE["backing-participle" if backs else "participle"],
                rule="participle", anchor=noun,
            ))
        return found
    if noun.pos_ != "NOUN":
        return found
    verb = NOMINAL_EVENTS.get(lemma_of(noun).lower())
    if verb is None:
        return found
    agents, patient, patient_prep, anchor = _event_roles(noun)
    held_to = ""
    if not agents and patient is not None:
        doer, held_to = _deed_doer(noun)
        if doer is None:
            doer = _taker_of_the_win(noun)
        agents = [] if doer is None else [doer]
        if doer is not None and noun.head.head.i == doer.i:
            anchor = noun.head  # "convicted [Lee of] the murder of X": the "of" is no part of Lee
    for agent in agents:
        if agent.lower_ in RELATIVE_PRONOUNS:
            continue
        if patient is not None:
            # "its repression of the people and its support for X": the second event
            # noun, with its own owner, is no second patient
            said = noun.text if patient_prep is None else f"{noun.text} {patient_prep.text}"
            for p in [patient, *[p for p in _conjuncts(patient)[1:] if not _owned_event(p)]]:
                found.append(_Statement(
                    noun.i, agent, said, verb, p, [], False,
                    confidence=FIXED_CONFIDENCE["nominal-event"], rule="nominal-event",
                    anchor=anchor,
                ))
        elif lemma_of(noun).lower() in ACTION_NOUNS:
            by = agent.head if agent.dep_ == "pobj" else None  # "attacks by X": drop "by X"
            found.append(_Statement(
                noun.i, agent, "conduct", "conduct", noun, [], False,
                confidence=FIXED_CONFIDENCE["action"], rule="action-noun", anchor=by,
            ))
    modality, negated = event_noun_modality(noun)
    modality = modality or held_to
    if modality or negated:
        found = [replace(s, modality=modality, negated=negated) for s in found]
    return found


# what someone serves for a deed: "is serving a life sentence for the murder of X"
SENTENCE_NOUNS = frozenset({"sentence"})


def _deed_doer(noun: Token) -> tuple[Token | None, str]:
    """Whom a frame holds to the deed an event noun names, and how (DEED_FRAMES): "X was
    convicted of the murder of Y", "the court convicted X of ...", "X pleaded guilty to
    ...", "X is serving a sentence for ...". Not when the frame is denied ("was not
    convicted of", "pleaded not guilty to")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None, ""
    frame = _gerund_frame(prep)
    modality = DEED_FRAMES.get((lemma_of(frame).lower(), prep.lower_))
    verb = frame.head if frame.pos_ == "ADJ" else frame  # "found guilty of", "pleaded guilty"
    lemma = lemma_of(verb).lower()
    if modality is None or verb.pos_ not in VERBAL or _is_negated(verb) or \
            any(is_negator(t) for t in frame.children) or \
            lemma == "serve" and not _serves_a_sentence(verb):
        return None, ""
    held = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if held is None and lemma not in SUBJECT_DEED_FRAMES:
        held = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if held is None and lemma in SUBJECT_DEED_FRAMES:
        held = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return held, modality


# verbs whose subject won the win or victory that is their object ("Kelso secured a 2-1
# win over Marlow"); "hoped for a win" or "predicted a win" are no such verbs
WIN_TAKING_VERBS = frozenset({
    "secure", "earn", "record", "claim", "clinch", "seal", "achieve", "register", "notch",
    "grab", "snatch", "celebrate", "complete", "post", "land", "score"})


def _taker_of_the_win(noun: Token) -> Token | None:
    """Who won the win or victory that names no owner: the subject of a verb that takes
    it ("Kelso secured a 2-1 win over Marlow"), or of a clause it comes with ("Kelso
    reached the final with a 2-1 win over Marlow"; after it, not a person's: "the coach
    praised his players after the win over Marlow" won nothing himself)."""
    if lemma_of(noun).lower() not in ("win", "victory"):
        return None
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in VERBAL and \
            lemma_of(head).lower() in WIN_TAKING_VERBS:
        verb = head
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("with", "after"):
        verb = head.head
        # (hung on the object's phrase: "reached the Cup final with a win", "final" read
        # as an adjective of "Cup")
        while verb.pos_ not in VERBAL and verb.dep_ in ("amod", "compound", "dobj") and \
                verb.head != verb:
            verb = verb.head
        if verb.pos_ not in VERBAL:
            return None
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or _is_negated(verb) or head.lower_ == "after" and (
            subject.ent_type_ == "PERSON" or subject.pos_ == "PRON"):
        return None
    return subject


def _serves_a_sentence(verb: Token) -> bool:
    """ "is serving a life sentence (for ...)": what is served is a sentence, not an army."""
    return any(c.dep_ == "dobj" and lemma_of(c).lower() in SENTENCE_NOUNS for c in verb.children)


def _stand_given_up(noun: Token) -> bool:
    """ "dropped her opposition to X", "backed away from its support for Y": a stand named by
    its noun that its holder gives up."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in VERBAL:
        return " ".join([lemma_of(head).lower()] + [
            t.lower_ for t in head.children if t.dep_ == "prt"]) in STANCE_ENDING_VERBS
    # "the British relinquished control of X" parsed as one noun phrase: the verb a modifier
    if any(t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and
           lemma_of(t).lower() in STANCE_ENDING_VERBS for t in noun.children):
        return True
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return False
    verb = head.head.head if head.head.lower_ in ("away", "back", "off") else head.head
    return verb.pos_ in VERBAL and (lemma_of(verb).lower(), head.lower_) in STANCE_LEAVING_FRAMES


def _event_roles(noun: Token) -> tuple[list[Token], Token | None, Token | None, Token | None]:
    """Who did the event a noun names and to whom, by which preposition, and the word to
    cut from the agent's phrase: "the US invasion of Iraq", "attacks by X on Y"."""
    agents: list[Token] = []
    patient: Token | None = None
    patient_prep: Token | None = None
    patient_preps = NOMINAL_EVENT_PREPS.get(lemma_of(noun).lower(), PATIENT_PREPS)
    by_agent: Token | None = None
    for c in noun.children:
        if c.dep_ == "prep":
            pobj = prep_object(c)
            if pobj is None:
                continue
            if c.lower_ == "by" and not agents:
                agents = [pobj]
            elif c.lower_ == "by":
                by_agent = by_agent or pobj
            elif c.lower_ in patient_preps and patient is None and not is_time_phrase(pobj):
                if c.lower_ == "in" and not _in_names_a_patient(noun, pobj):
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
    if patient is None and by_agent is not None and agents and agents[0].dep_ == "poss":
        # "Iraq's invasion by the US", "Lee's arrest by the police": with a "by" agent the
        # owner is the one it was done to
        patient, agents = agents[0], [by_agent]
    if patient is None and agents and agents[0].dep_ == "pobj":
        # "attacks by the militia on power stations": the parser often hangs "on" low
        for c in agents[0].children:
            pobj = prep_object(c)
            if c.dep_ == "prep" and c.lower_ in ("on", "against") and pobj is not None:
                patient, patient_prep, anchor = pobj, c, c
    return agents, patient, patient_prep, anchor


def _in_names_a_patient(noun: Token, pobj: Token) -> bool:
    """Does "in" name whom the event noun acts on? The place of an act of force ("strikes
    in Syria") or of a verb that takes "in" ("intervention in Libya"); any other event is
    only set there ("Lee's killing in Valdora" kills no Valdora)."""
    lemma = lemma_of(noun).lower()
    return is_place_phrase(pobj) and (
        lemma in ACTION_NOUNS or NOMINAL_EVENTS.get(lemma, "").endswith(" in"))


def _owned_event(noun: Token) -> bool:
    """An event noun with its own owner ("its support"): a phrase of its own in a list."""
    return lemma_of(noun).lower() in NOMINAL_EVENTS and any(
        c.dep_ == "poss" for c in noun.children)


def event_noun_modality(noun: Token) -> tuple[str, bool]:
    """Whether an event named by a noun happened: "the planned invasion of X", "threatened an
    attack on Y", "called for a strike on Z", "prevented an attack on the port"."""
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in EVENT_ADJECTIVE_MODALITY:
            return EVENT_ADJECTIVE_MODALITY[c.lower_], False
        if c.dep_ == "amod" and c.lower_ in EARLIER_WORDS and \
                NOMINAL_EVENTS.get(lemma_of(noun).lower()) in HELD_STANCES:
            return "former", False  # "his previous support for X": a stand held before
    if NOMINAL_EVENTS.get(lemma_of(noun).lower()) in HELD_STANCES | PAST_STATE_VERBS and \
            _stand_given_up(noun):
        return "former", False  # "dropped her opposition to X", "lost control of X": no more
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in VERBAL:
        frame = " ".join([lemma_of(head).lower()] + [
            t.lower_ for t in head.children if t.dep_ == "prt"])
        if frame in EVENT_OBJECT_NEGATES:
            return "", True
        if frame in CONTROL_MODALITY and frame not in EVENT_OBJECT_HAPPENED:
            return CONTROL_MODALITY[frame], frame in CONTROL_NEGATES  # "planned an attack"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in VERBAL:
        framed = GERUND_FRAMES.get((lemma_of(head.head).lower(), head.lower_), "")
        if framed:
            return framed, False  # "called for a strike on Z"
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        # "calls for the arrest of X", also when the parser hangs "for" on the verb before
        # ("renewed their calls for the arrest of X")
        framing = [head.head] if head.head.pos_ == "NOUN" else [
            t for t in head.head.children if t.dep_ == "dobj" and t.right_edge.i + 1 == head.i]
        for framer in framing:
            if lemma_of(framer).lower() in NOUN_FRAMES:
                return NOUN_FRAMES[lemma_of(framer).lower()], False
    return _event_subject_modality(noun)


def _event_subject_modality(noun: Token) -> tuple[str, bool]:
    """Whether an event noun that is the subject of its clause, or set in a coming time,
    happened: "X's visit to Y will take place", "X's visit to Y was cancelled", "the
    visit to Y next week" (but "the next day" tells of a past one)."""
    if any(is_time_phrase(t) and _time_to_come(t) for t in noun.subtree):
        return "future", False
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in VERBAL:
        return "", False
    for aux in verb.children:
        if aux.dep_ == "aux" and aux.lower_ in MODAL_MODALITY:
            return MODAL_MODALITY[aux.lower_], False
    lemma = lemma_of(verb).lower()
    if noun.dep_ == "nsubjpass" and lemma in EVENT_OBJECT_NEGATES:
        return "", True
    if noun.dep_ == "nsubjpass" and lemma in CONTROL_MODALITY and \
            lemma not in EVENT_OBJECT_HAPPENED:
        return CONTROL_MODALITY[lemma], lemma in CONTROL_NEGATES  # "was planned for May"
    return "", False


OWNER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _names_a_deed(noun: Token) -> bool:
    """Does the noun name an act or an event of its possessor ("statement", "burial")?"""
    lemma = lemma_of(noun).lower()
    return noun.lower_ in UTTERANCE_NOUNS or lemma in UTTERANCE_NOUNS or \
        lemma in DEED_NOUNS or lemma in NOMINAL_EVENTS


# what a person's name before another name is: their work, office, aide or product
# ("Dawkins' The Selfish Gene", "Lee's Acme"), never told by "have"; and a country's person
# or place ("Ruritania's Lee", "Ruritania's capital Valdora") is a role or a place, not a
# thing it has
_NOT_HAD_ENTS = frozenset({"PERSON", "GPE", "LOC", "FAC"})


def _has_says_too_little(owner: Token) -> bool:
    """Would "owner have <the possessed>" drop what the tie is? A person's named thing and
    a named person or place of anyone's."""
    owned = owner.head
    return owned.ent_type_ in _NOT_HAD_ENTS or (
        owner.ent_type_ == "PERSON" and owned.pos_ == "PROPN")


def _possession_and_location(noun: Token) -> list[_Statement]:
    """ "the city's mayor" -> city have mayor; "a camp in Kenya" -> camp be in Kenya.

    What the owner did or underwent is no thing it has: "Lee's statement", "Lee's
    death" make no "have" (the phrase's node is named after Lee already)."""
    found: list[_Statement] = []
    if noun.dep_ == "poss" and noun.pos_ in ("PROPN", "NOUN") and noun.head.pos_ in NOMINAL and \
            noun.ent_type_ in OWNER_ENTS and not is_time_phrase(noun) and \
            not _names_a_deed(noun.head) and not _has_says_too_little(noun):
        # only a named owner: "Thursday's accident" or "the plan's cost" own nothing
        found.append(_Statement(noun.i, noun, "has", "have", noun.head, [], False,
                                confidence=FIXED_CONFIDENCE["possession"], rule="possession",
                                anchor=noun))
    # a named thing in a named place is located there (rule "located-in"); any other
    # place in a place ("the US in Iraq") says nothing of an actor
    placed = [*placed_by_phrase(noun)] if not commemorated(noun) else []
    beside = [p for p in (placed_by_comma(noun), placed_by_next_phrase(noun)) if p is not None]
    found += [_located(p) for p in [*placed, *beside]]
    if noun.pos_ in ("PROPN", "NOUN") and not is_time_phrase(noun) and \
            not is_place_phrase(noun) and not commemorated(noun):
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near") and \
                    all(p.anchor.i != c.i for p in placed):
                pobj = prep_object(c)
                if pobj is not None and is_place_phrase(pobj):
                    found.append(_Statement(
                        noun.i, noun, f"be {c.lower_}", f"be {c.lower_}", pobj, [], False,
                        confidence=FIXED_CONFIDENCE["location"], rule="location", anchor=c,
                    ))
    # "author Bill Bryson", "morning show host Ryan Cameron": a role written before a name
    if noun.pos_ == "PROPN" and noun.dep_ != "compound" and noun.ent_type_ in (
        "PERSON", "ORG"
    ) and not _relative_subject(noun):  # ("a fundraiser Trump appointed": no fundraiser)
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
            owner = _tied_owner(doc[last])
            if owner is not None:
                # "Ann Lee's opponent Tom Kell": a tie to the person whose it is, as the
                # apposition "Tom Kell, an opponent of Ann Lee," says
                predicate = f"be {doc[last].lower_} of"
                found.append(_Statement(noun.i, doc[name_start], predicate, predicate, owner,
                                        [], False, confidence=FIXED_CONFIDENCE["role"],
                                        rule="apposition-role", anchor=None,
                                        spans=((name_start, noun.i),
                                               (owner.left_edge.i, owner.i))))
            else:
                found.append(_Statement(noun.i, doc[name_start], "be", "be", doc[last], [],
                                        False, confidence=FIXED_CONFIDENCE["title"],
                                        rule="title", anchor=None,
                                        spans=((name_start, noun.i), (start, last))))
    return found




# "the hotel is located in Dalton", "the Acme Court is based in Dalton": passive verbs that
# say where a thing lies, or where a body has its seat
LOCATING_VERBS = frozenset({"locate", "situate", "base", "headquarter"})
# "the Acme Expo was held in Dalton", "the Acme Expo took place in Dalton": where a named
# gathering happened (never said of a body: "Acme was held in high regard in Ohio")
HOLDING_VERBS = frozenset({"hold", "stage", "host"})


def _located(placed: Placed) -> _Statement:
    """ "the Marlow Institute in Quebec" -> the Marlow Institute be located in Quebec."""
    thing, place = placed.thing, placed.place
    return _Statement(placed.anchor.i, thing.root, "be in", LOCATED_IN, place.root, [], False,
                      confidence=FIXED_CONFIDENCE["located-in"], rule="located-in",
                      spans=((thing.start, thing.end - 1), (place.start, place.end - 1)))


def _as_located(s: _Statement) -> _Statement:
    """A clause that says where a named thing lies, as "located in": "the institute is in
    Quebec" (a copula), "the hotel is located in Dalton" (a passive with its place), or
    "the Acme Expo was held in Dalton" / "took place in Dalton" (a named gathering)."""
    if s.rule == "copula" and s.lemma == "be in" and s.subject is not None and \
            s.object is not None:
        place = place_of(s.object)
        thing = named_thing(s.subject)
        if thing is not None and place is not None and thing.end <= place.start:
            return replace(s, lemma=LOCATED_IN, object=place.root,
                           spans=((thing.start, thing.end - 1), (place.start, place.end - 1)))
        return s
    verb = s.anchor
    if verb is None:
        return s
    verb_lemma = lemma_of(verb).lower()
    if s.passive and s.subject is None and s.object is not None:
        patient = _object_before(verb, s.object)
        if verb_lemma in LOCATING_VERBS:
            return _placed_in_extra(s, named_thing(patient))
        if verb_lemma in HOLDING_VERBS:
            return _placed_in_extra(s, gathering_name(patient) or held_name(patient, verb),
                                    gathering=True)
        return s
    if s.lemma == "take place" and s.subject is not None:
        return _placed_in_extra(s, gathering_name(s.subject) or held_name(s.subject, verb) or
                                _incident_phrase(s.subject), gathering=True)
    return s


def _incident_phrase(noun: Token) -> Span | None:
    """ "The shooting took place in Dalton": a happening told by its noun (INCIDENT_NOUNS,
    "the deadly crash") happens where it takes place, as a named gathering does."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or lemma_of(noun).lower() not in INCIDENT_NOUNS:
        return None
    start = noun.left_edge.i
    while start < noun.i and noun.doc[start].dep_ in ("det", "poss", "punct"):
        start += 1
    return noun.doc[start:noun.i + 1]


def _object_before(verb: Token, patient: Token) -> Token:
    """What a participle set off after an object tells of: "Lee attended the Acme Fair,
    held in Dalton" holds the fair in Dalton, not Lee (the parser hangs the participle on
    the main verb, and the clause borrows that verb's subject)."""
    main = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or patient.head != main or \
            patient.dep_ not in ("nsubj", "nsubjpass"):
        return patient
    return next((c for c in main.children if c.dep_ == "dobj" and patient.i < c.i < verb.i),
                patient)


def _gathering_placed(s: _Statement) -> list[_Statement]:
    """Where a named gathering was held, said by what someone did with it: "Dalton hosted
    the Acme Games", "the city of Dalton played host to the Acme Fair" (a named place that
    hosts it), "Lee attended the Acme Fair in Dalton" (the place of the attending). The
    gathering is located there too, beside the statement that says so. Never from an
    infinitive ("won the bid to host the Acme Games": not held yet) nor from a host that
    is no place ("Acme hosted a summit")."""
    if s.subject is None or s.object is None or _infinitive(s.anchor):
        return []
    thing = gathering_name(s.object)
    if s.lemma == "attend":
        placed = _placed_in_extra(s, thing, gathering=True)
        return [placed] if placed is not s else []
    if s.lemma != "host":
        return []
    place = place_of(s.subject)
    if place is None or thing is None or place.start < thing.end and thing.start < place.end:
        return []
    return [replace(s, subject=thing.root, object=place.root, lemma=LOCATED_IN, passive=False,
                    rule="located-in",
                    spans=((thing.start, thing.end - 1), (place.start, place.end - 1)))]


def _placed_in_extra(s: _Statement, thing: Span | None, *,
                     gathering: bool = False) -> _Statement:
    """The statement as "<thing> located in <place>", if one of its "in" phrases names a
    place after the thing (or before it, in a participle put first: "Located in Dalton, the
    Acme Museum ..."), or, for a `gathering`, an "at" phrase a venue ("held at the Dalton
    Convention Centre"); else the statement as it was."""
    if thing is None:
        return s
    for head, role, _ in s.extra:
        # the place phrase, or its noun when the verb took the preposition
        prep = head.head if head.dep_ == "pobj" else head
        pobj = head if head.dep_ == "pobj" else prep_object(head)
        place = None
        if pobj is not None and role in ("place", "in", "at"):
            if prep.lower_ == "in":
                place = place_of(pobj)
            elif prep.lower_ == "at" and gathering:
                place = venue_of(pobj)
        if place is not None and (thing.end <= place.start or
                                  s.rule == "participial-clause" and place.end <= thing.start):
            return replace(s, subject=thing.root, object=place.root, lemma=LOCATED_IN,
                           passive=False, rule="located-in",
                           extra=[e for e in s.extra if e[0].i != head.i],
                           spans=((thing.start, thing.end - 1),
                                  (place.start, place.end - 1)))
    return s


def _runs_into_a_verb(appositive: Token) -> bool:
    """Does the phrase run straight into a verb, unclosed by a comma? Then it is the
    subject of the clause, misread as an apposition to the phrase before it: "According
    to the paper, a spokesman for the party denied it", "After the summit, a delegation of
    ministers flew home". An apposition is closed ("Ann Lee, a lawyer, said") or ends the
    sentence."""
    doc = appositive.doc
    after = _past_region(appositive.right_edge)
    # a name, or a phrase holding a comma, is a list the parser hung there ("Ann Lee, Tom
    # Smith and Mary Jones sued"; "Reed, a lawyer from Ohio, Smith and his aides paid")
    return appositive.pos_ == "NOUN" and after < len(doc) and doc[after].pos_ in VERBAL and \
        not any(t.is_punct for t in appositive.subtree)


def _past_region(last: Token) -> int:
    """Where a phrase ends past the region of the place it ends on ("the shooting of Ann
    Lee in Dayton, Ohio led to protests": the parser hangs "Ohio" on the verb)."""
    doc = last.doc
    after = last.i + 1
    if last.ent_type_ not in _PLACE_TYPES or after + 1 >= len(doc) or doc[after].text != ",":
        return after
    region = doc[after + 1]
    if region.ent_iob_ != "B" or region.ent_type_ not in _PLACE_TYPES:
        return after
    end = after + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _no_role(noun: Token, appositive: Token) -> bool:
    """Does the apposition say something other than what the name is: a figure ("49% for
    those given Zorvax, 53% for Belvax"), an event ("the signing of the Acme Bill, a May 5
    meeting in Paris": items of a list), or the noun the name hangs on, said again ("the
    last delegate from Guam, her first delegate of the season": not Guam's role)?"""
    lemma = lemma_of(appositive).lower()
    if appositive.ent_type_ in _FIGURES or lemma in EVENT_NOUNS or lemma in NOMINAL_EVENTS:
        return True
    if _title_word(appositive):
        return True
    if noun.dep_ != "pobj":
        return False
    holder = noun.head.head  # the noun or verb the name's preposition hangs on
    outer = [holder, *(c for c in holder.children if c.dep_ == "dobj" and c.i < noun.i)] \
        if holder.pos_ in VERBAL else [holder]
    return any(o.pos_ == "NOUN" and lemma_of(o).lower() == lemma for o in outer)


_FIGURES = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


def _title_word(appositive: Token) -> bool:
    """ "Kelso Notes, Introduction to Botany": a capitalised common noun inside a sentence,
    with no determiner and no role's word, before a capitalised object, is a word of a
    work's title (its subtitle), no role of the name before it ("Ann Lee, Director of
    Kelso Trust" holds a post)."""
    pobj = next((prep_object(c) for c in appositive.children if c.dep_ == "prep"), None)
    return appositive.text[:1].isupper() and not appositive.is_sent_start and \
        not any(c.dep_ in ("det", "poss") for c in appositive.children) and \
        lemma_of(appositive).lower() not in ROLES and \
        not any(w in ROLES for w in appositive.lower_.split("-")) and \
        pobj is not None and pobj.text[:1].isupper()


def _is_description(noun: Token, appositive: Token) -> bool:
    """Whether an apposition describes the noun ("Ann Lee, a lawyer"), not names it again.

    Two names side by side are often a list ("Ann Lee, Tom Park"), a place and its region
    ("Springfield, Ohio") or a name and its abbreviation, and a word in brackets an
    affiliation ("J Smith (Leeds)"): rule "name-apposition", which seldom says that one is
    the other.
    """
    if noun.pos_ == appositive.pos_ == "PROPN":
        return False
    doc = noun.doc
    before = doc[appositive.left_edge.i - 1] if appositive.left_edge.i > 0 else None
    return before is None or before.text not in ("(", "[", ":")


def _in_a_results_line(noun: Token, appositive: Token) -> bool:
    """Does either name carry a bare number right after it ("Kelso 3 Marlow 1"), as a line
    of results or a table does?"""
    return any(c.dep_ == "nummod" and c.i == t.i + 1 and c.like_num
               for t in (noun, appositive) for c in t.children)


def _two_people(noun: Token, appositive: Token) -> bool:
    """Are the two names side by side two people's, which share no word ("a letter to Alan
    Whitby, Ms Dunmore said": the parser hung the writer on the one written to)?"""
    if noun.ent_type_ != "PERSON" or appositive.ent_type_ != "PERSON":
        return False
    words = [{t.lower_ for t in (n, *n.children) if t.ent_type_ == "PERSON" and t.is_alpha
              and (t is n or t.dep_ == "compound")} for n in (noun, appositive)]
    return not words[0] & words[1]


# nouns of a post, a tie or a seat that a name set off after "the X of Y," names: "the
# mayor of Kelso, Ann Lee,", "the wife of Tom Kell, Ann Lee,", "the capital of Zembla, Kelso,"
_OF_DESCRIPTIONS = frozenset(ROLES | set(KIN_NOUNS) | {"capital"})


def _described_by_its_of(noun: Token, appositive: Token) -> Token | None:
    """The noun a name set off after "the X of NAME," names, where the parser hung the name
    on NAME: "the capital of Zembla, Kelso," (Kelso is the capital, not Zembla)."""
    prep = noun.head
    described = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or described.pos_ != "NOUN" or \
            not described.is_lower or appositive.i < noun.i or described.dep_ == "appos" or \
            lemma_of(described).lower() not in _OF_DESCRIPTIONS:
        # ("Pedro Alvarez, the mayor of Santa Rosa, Sultan Kudarat,": the post has its
        # holder already, and the name after it says where the town is)
        return None
    # a post or a tie is a person's, a capital a place's: "the mayor of Santa Rosa, Sultan
    # Kudarat," names the town's province, no mayor
    place = lemma_of(described).lower() == "capital"
    fits = appositive.ent_type_ in ("GPE", "LOC") if place else appositive.ent_type_ == "PERSON"
    return described if fits else None


def _party_in_brackets(noun: Token, appositive: Token) -> bool:
    """Is the apposition a party in brackets after a person's name ("Ann Lee (Kelso
    Party)", "Tom Rees (Labour)")?"""
    doc = noun.doc
    start = appositive.left_edge.i
    return noun.ent_type_ == "PERSON" and start > 0 and doc[start - 1].text == "(" and \
        appositive.i > noun.i and _a_party(appositive)


def _given_after(noun: Token, appositive: Token) -> bool:
    """ "awarded Ann Lee the Nobel Prize": with no comma between them, a noun after the one
    given to is the thing given, whatever the parser hangs it on."""
    between = noun.doc[noun.i + 1:appositive.left_edge.i]
    return noun.dep_ == "dative" and not any(t.is_punct for t in between)


def _role_words(role: Token, *, every_adjective: bool = True) -> str:
    """The words of a role as written, without the nationality or owner: "former US envoy"
    is "former envoy", "Kelso's police chief" "police chief"; "deputy" or "vice" however
    parsed (a post under the head), and "then" ("X, then the deputy head of Y": a role of
    that time). Without `every_adjective`, only the adjectives of a role's name."""
    words = [c for c in role.children if c.i < role.i and not c.ent_type_ and (
        c.dep_ == "amod" and (every_adjective or c.tag_ == "VBG" or
                              c.lower_ in ROLE_ADJECTIVES) or
        (c.dep_ in ("compound", "nmod") and (c.pos_ in NOMINAL or c.pos_ == "ADJ"))
        )]
    # (and a compound's own: "climate" of "climate change minister")
    words += [g for c in words if c.dep_ in ("compound", "nmod") for g in c.children
              if g.i < c.i and g.dep_ == "compound" and not g.ent_type_]
    doc = role.doc
    then = [t for t in doc[max(role.left_edge.i - 1, 0):role.i]
            if t.pos_ == "ADV" and t.lower_ in PAST_ROLE_WORDS]
    # (a prefix the parser hung on the role is one of its modifiers and of its hyphen start)
    parts = {t.i: t for t in [*then[:1], *_hyphen_start(role), *_modifier_words(role, words)]}
    return " ".join(_written_words([*(parts[i] for i in sorted(parts)), role]))


def _is_dash(token: Token) -> bool:
    """A dash that sets words off: an em or en dash, or a hyphen with spaces around it."""
    return token.text in ("—", "–", "--") or token.text == "-" and bool(token.whitespace_) \
        and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _past_closing_dash(noun: Token, appositive: Token) -> bool:
    """ "chose the Taxpayers Party — the Union's affiliate in Kelso — chairman Ann Lee":
    the dashes enclose a description of what stands before them; a name after the
    closing dash belongs to the words before the opening one, whatever the parser hangs
    it on."""
    doc = noun.doc
    start = noun.left_edge.i
    return appositive.i > noun.i and start > 0 and _is_dash(doc[start - 1]) and \
        any(_is_dash(t) for t in doc[noun.i + 1:appositive.left_edge.i])


def _one_entity(first: Token, second: Token) -> bool:
    """Are both tokens inside one name the recognizer tagged (whose commas the parser read
    as an apposition)?"""
    low, high = sorted((first.i, second.i))
    doc = first.doc
    return bool(first.ent_type_) and all(doc[i].ent_iob_ == "I" for i in range(low + 1, high + 1))


def _hyphen_start(token: Token) -> list[Token]:
    """The parts of a hyphenated word before the token, with the words that modify them
    ("former vice-" of "former vice-president" cut at its hyphen), else nothing."""
    doc = token.doc
    start = token.i
    while start >= 2 and hyphen_piece(doc[start - 2]):
        start -= 2
    if start == token.i:
        return []
    first = doc[start]
    before = [c for c in first.children if c.i < first.i and c.dep_ == "amod"]
    return [*before, *doc[start:token.i]]


# the nouns a place is called by again ("the country's capital, Valdora"): which place, the
# resolver decides (and one it cannot tell makes no edge)
_PLACE_DESCRIPTIONS = NAMED_PLACE_NOUNS | {"country", "nation"}


def _place_described(noun: Token) -> bool:
    """Is the noun a definite description of a place ("the country", "the city")?"""
    return noun.pos_ == "NOUN" and lemma_of(noun).lower() in _PLACE_DESCRIPTIONS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _apposition(noun: Token) -> list[_Statement]:
    """ "Ann Lee, a former envoy to Peru" -> Ann Lee / be former envoy to / Peru."""
    found: list[_Statement] = []
    if not any(c.dep_ == "appos" for c in noun.children):
        return found  # the common case, before the walk to the clause's root
    for noun, a in _apposition_pairs(noun):  # noqa: B020 (the noun an apposition describes)
        if a.dep_ != "appos" or a.pos_ not in NOMINAL or noun.pos_ not in NOMINAL:
            continue
        if "PRON" in (a.pos_, noun.pos_) or (a.ent_type_ == noun.ent_type_ == "GPE" and
                                             _described_by_its_of(noun, a) is None) or \
                is_time_phrase(a) or is_time_phrase(noun) or names_its_region(noun, a):
            continue  # "Jones himself", "Austin, Texas", "Sunday, May 5": no statement
        if _second_object(a) is not None or _given_after(noun, a):
            continue  # "granted Lee a pardon": the verb's second object, no apposition
        if _past_closing_dash(noun, a):
            continue
        if noun.doc[a.left_edge.i - 1].lower_ == "not":
            continue  # "criticised Acme, not Globex": the one it is not
        if _one_entity(noun, a):
            continue  # "the Atlantic Educational, Scientific and Cultural Fund": one name
        listed = _listed_after(noun)
        if listed is not None and listed.i == a.i:
            continue  # "Ann Lee, Tom Smith and Mary Jones": a list, not one person
        if not any(t.pos_ in VERBAL for t in noun.sent):
            continue  # a line without a verb is a list or a heading ("The squad: J Smith, ...")
        if _runs_into_a_verb(a):
            continue  # "after the summit, a delegation of ministers flew home": no apposition
        if _relative_subject(a) or _relative_subject(noun):
            continue  # "Ann Lee, a lawyer Tom Reed appointed": Reed appoints, is no lawyer
        if a.pos_ == "NOUN" and named_holder(a):
            continue  # "the Trade Council, Kelso's chancellor, Ann Lee": the post is hers
        names = not _is_description(noun, a)
        prep = next((c for c in a.children
                     if c.dep_ == "prep" and c.lower_ in ("of", "to", "for", "at", "in")), None)
        pobj = prep_object(prep) if prep else None
        if hyphen_piece(a):
            continue  # "former vice-president" cut into "former vice" and "president"
        if noun.pos_ == "PROPN" and a.pos_ == "NOUN" and a.tag_ == "NNS" and \
                lemma_of(a).lower() != a.lower_ and noun.tag_ == "NNP" and pobj is not None:
            continue  # "runs for Congress, his runs for the Senate": a list, no role of one
        if pobj is not None and is_portfolio(pobj):
            continue  # "Ann Lee, the minister for Rural Affairs": a field, no body
        if noun.pos_ == "PROPN" and a.pos_ == "NOUN" and pobj is not None and prep is not None:
            if _no_role(noun, a):
                continue
            predicate = f"be {_role_words(a)} {prep.text}"
            found.append(_Statement(noun.i, noun, predicate, predicate.lower(), pobj, [], False,
                                    confidence=FIXED_CONFIDENCE["role"], rule="apposition-role"))
        else:
            # "the doctor, Erasistratus": the name is what the statement is about
            name_first = noun.pos_ == "NOUN" and a.pos_ == "PROPN"
            subject, described = (a, noun) if name_first else (noun, a)
            owner = next((t for t in described.children if t.dep_ == "poss" and
                          (t.pos_ == "PROPN" or _place_described(t))), None)
            if described.pos_ == "NOUN" and owner is not None and described.is_lower:
                # "Atlantis's capital, Valdora": Valdora is the capital of Atlantis (not
                # Atlantis itself, which is all a resolver may find in "Atlantis's capital");
                # a capital letter makes it one name ("Jehovah's Witnesses (JW)")
                # (a role that is over stays so: "Lee's former spokesman")
                predicate = f"be {_role_words(described, every_adjective=False)} of"
                found.append(_Statement(noun.i, subject, predicate, predicate.lower(), owner,
                                        [], False, confidence=FIXED_CONFIDENCE["role"],
                                        rule="apposition-role"))
                continue
            if names and _in_a_results_line(noun, a):
                continue  # "Kelso 3 Marlow 1": a table of results, no one is the other
            described_of = _described_by_its_of(noun, a) if names else None
            if described_of is not None:
                # "the wife of Tom Kell, Ann Lee,": she is the wife, Kell is no Ann Lee
                predicate = f"be {_role_words(described_of, every_adjective=False)} of"
                found.append(_Statement(noun.i, a, predicate, predicate.lower(), noun, [],
                                        False, confidence=FIXED_CONFIDENCE["role"],
                                        rule="apposition-role"))
                continue
            if names and _party_in_brackets(noun, a):
                # "Ann Lee (Kelso Party)": the party she is of
                found.append(_Statement(noun.i, noun, "be member of", MEMBER, a, [], False,
                                        confidence=FIXED_CONFIDENCE["role"],
                                        rule="apposition-role"))
                continue
            if names and _two_people(noun, a):
                continue  # "In a letter to Alan Whitby, Ms Dunmore said": two people
            found.append(_Statement(noun.i, subject, "be", "be", described, [], False,
                                    confidence=FIXED_CONFIDENCE["apposition"],
                                    rule="name-apposition" if names else "apposition",
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


def _run_on(obj: Argument, complement: Token) -> Argument:
    """An object extended over its complement: "the strikes" -> "the strikes defensive"."""
    doc = complement.doc
    span = doc.char_span(obj.start, obj.end, alignment_mode="expand")
    last = complement.right_edge.i
    while last > complement.i and doc[last].is_punct and not doc[last].is_quote:
        last -= 1
    if span is None or last < span.end:
        return obj
    quotes = sum(t.is_quote for t in doc[span.start : last + 1])
    if quotes % 2 and last + 1 < len(doc) and doc[last + 1].is_quote:
        last += 1  # an opened quote is closed, wherever the parser hung the closing mark
    return _range_argument(doc, span.start, last, doc[obj.root])


def _range_argument(doc: Doc, first: int, last: int, root: Token) -> Argument:
    span = doc[first : last + 1]
    return Argument.of(span, root.i)


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
        said_of = _clause_subject_taken(s.object_clause)
        if obj is not None and said_of is not None:
            # "maintained [the agency could cope]": the clause with its subject
            obj = _range_argument(sent.span.doc, said_of.left_edge.i,
                                  s.object_clause.right_edge.i, s.object_clause)
    else:
        if s.subject is not None:
            skip = (*skip, s.subject)  # "Russian airstrikes": the agent is not in the object
        skip = (*skip, *s.cut)
        obj = _argument(s.object, deps, skip=skip) if s.object is not None else None
        if s.object is not None and s.object_from >= 0:
            obj = _range_argument(sent.span.doc, s.object_from, s.object.i, s.object)
        if s.object is not None and obj is None:
            return None
        if obj is not None and s.object_until is not None:
            obj = _run_on(obj, s.object_until)
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
                time = Argument.of(ent, ent.root.i, "time")
            elif place is None and ent.label_ in ("GPE", "LOC", "FAC"):
                place = Argument.of(ent, ent.root.i, "place")
    quantity = ""
    if s.object is not None:
        quantity = quantity_of(s.object)
    if not quantity and s.subject is not None and s.passive is False:
        quantity = quantity_of(s.subject)
    attribution = _argument(s.attribution, sent.deps) if s.attribution is not None else None
    modality = s.modality
    if modality in ("", "future") and is_question(sent.text) and not s.presupposed:
        modality = "question"  # "Why would they attack?" asks; it forecasts nothing
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
        rule=s.rule,
    )


# a speaker's name in brackets after an interview question: "... your plans?  ((Name))"
_SPEAKER_TAG = re.compile(r"\s*(\(\([^()]*\)\)|\([^()]*\)|\[[^\[\]]*\])\s*$")


def is_question(sentence: str) -> bool:
    """A sentence that asks ("How well can you extrapolate ...?") asserts nothing.

    >>> is_question('Did the army withdraw?"'), is_question("The army withdrew.")
    (True, False)
    >>> is_question("Why did you run?  ((Interviewer))")
    True
    """
    return _SPEAKER_TAG.sub("", sentence.rstrip()).rstrip("\"'”’)]").endswith("?")


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
        if token.dep_ == "prep" and (token.lower_ == "according" or token.tag_ in ("VBP", "VBZ")):
            # "According to X, ...": an attribution even with a subject hung on it; a
            # present-tense verb hung as a preposition is a noun mistagged ("..., Leeds
            # coach Ann Lee said": "coach" is her title, not what Leeds does)
            return False
        return token.dep_ not in ("amod", "aux", "auxpass", "compound", "nmod") and not \
            _inside_a_name(token) and not _is_merged(token)
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


def _inside_a_name(verb: Token) -> bool:
    """ "the Capitol Hill Occupied Protests formed": a capitalised verb the recognizer reads
    as a word inside one name (the name runs on after it) is part of that name."""
    doc = verb.doc
    return verb.ent_iob_ == "I" and verb.is_title and verb.i + 1 < len(doc) and \
        doc[verb.i + 1].ent_iob_ == "I"


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
        if lemma_of(noun).lower() == "campaign" and c.ent_type_ not in ("GPE", "NORP"):
            # "the Lee campaign said", "Lee's campaign": her campaign staff, not Lee herself
            # (a country's campaign is its forces': "the Russian campaign hit X")
            continue
        if c.dep_ == "amod" and c.ent_type_ == "NORP" or c.dep_ == "compound" and c.ent_type_ in (
            "GPE", "ORG", "NORP", "PERSON"
        ) or c.dep_ == "poss" and c.pos_ != "PRON" and not is_time_phrase(c):
            return c
    return None


INSTRUMENT_RULES = frozenset({"svo", "prep-object", "relative-clause", "participial-modifier"})


def _infinitive(verb: Token | None) -> bool:
    """ "..., only to find X" parsed as the sentence's verb: whose subject is a guess."""
    return verb is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _relative_antecedent(noun: Token, verb: Token | None) -> bool:
    """The noun is the clause's subject as the antecedent of a relative clause that holds
    it ("strikes that it says have killed Y"), not one borrowed from another clause."""
    return verb is not None and any(
        c.dep_ == "relcl" and (c == verb or c.is_ancestor(verb)) or
        # "launched missiles targeting Y": a present participle says what the noun does
        c.dep_ == "acl" and c == verb and c.tag_ == "VBG" for c in noun.children)


def _behind_the_action(s: _Statement) -> list[_Statement]:
    """ "Supported by Russian airstrikes, X ..." -> Russian support X as well; "X launched
    strikes that killed Y", "X's troops killed Y" -> X killed Y (instruments.py)."""
    if s.subject is None:
        return []
    # a plain clause of the instrument's own: a borrowed subject is a guess already, and a
    # copula or "have" says what the instrument is, not what its owner does
    acts = s.rule in INSTRUMENT_RULES and not s.passive and s.lemma not in ("be", "have") \
        and (not s.subject_inherited or _relative_antecedent(s.subject, s.anchor)) \
        and not _infinitive(s.anchor)
    actor = instrument_agent(s.subject) if acts else None
    if actor is not None and (actor := _antecedent(actor)) is not None and \
            actor.i not in (s.subject.i, getattr(s.object, "i", -1)):
        return [replace(s, subject=actor, rule="instrument-agent", spans=())]
    actor = country_owner(s.subject) if acts else None
    if actor is not None and actor.i != getattr(s.object, "i", -1):
        return [replace(s, subject=actor, rule="instrument-agent", spans=())]
    actor = claimant(s.subject) if acts and not s.modality else None
    if actor is not None and (actor := _antecedent(actor)) is not None and \
            actor.i != getattr(s.object, "i", -1):
        # the claimant's word: "X claimed responsibility for the attack that killed Y"
        return [replace(s, subject=actor, rule="instrument-agent", spans=(),
                        modality="claimed", attribution=actor)]
    agent = _action_agent(s.subject)
    if agent is None:
        return []
    return [replace(s, subject=agent, confidence=FIXED_CONFIDENCE["behind-action"],
                    rule="behind-action", anchor=None,
                    extra=[])]


def _sentence_statements(sent: Span) -> Iterable[_Statement]:
    for token in sent:
        pos = token.pos_
        if _is_clause_head(token):
            for statement in _clause(token):
                statement = _as_located(statement)
                yield statement
                yield from _gathering_placed(statement)
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


def _share_circumstances(e: Extraction, parent: Extraction) -> Extraction:
    """ "Police allegedly fired on protesters on Tuesday, killing three": the killing is
    alleged too and happened on Tuesday, in the same place; "would use force, disregarding
    the ruling": the disregard is still to come."""
    changes: dict = {}
    if e.time is None and parent.time is not None:
        changes.update(time=parent.time, date=parent.date)
    if e.place is None and parent.place is not None:
        changes["place"] = parent.place
    if not e.modality and parent.modality:
        # hedged, planned or hypothetical alike: "would use X, disregarding Y"
        changes["modality"] = parent.modality
    if e.attribution is None and parent.attribution is not None:
        changes["attribution"] = parent.attribution
    return replace(e, **changes) if changes else e


def _with_roles(sent: _Sentence, found: Iterable[_Statement],
                known: frozenset[str] = frozenset(),
                bodies: frozenset[str] = frozenset(),
                national: Sequence[Role] = ()) -> list[_Statement]:
    """The affiliations of titles and appositions (roles.py), and what they correct;
    `known` are the article's people (roles.people), `bodies` its organizations'
    acronyms (roles.acronyms), `national` the posts of its bare national titles
    (roles.national_titles), each kept when the sentence gives its holder no other post
    of the same title."""
    roles = read_roles(sent.span, sent.ents, known, bodies)
    span = sent.span
    # (not where the sentence ties the same title to a body: "President Ann Lee of Acme")
    roles += [r for r in national if span.start <= r.person[0] < span.end and not any(
        o.person == r.person and o.predicate == r.predicate for o in roles)]
    kept = []
    for s in found:
        if superseded(roles, s.rule, s.subject, s.object):
            continue
        lemma = relabel(s.rule, s.lemma, s.subject, s.object, known)
        kept.append(replace(s, lemma=lemma) if lemma else s)
    doc = sent.span.doc
    kept.extend(_Statement(
        r.person[1], doc[r.person[0]:r.person[1] + 1].root, r.predicate, r.lemma,
        _head_word(doc[r.organization[0]:r.organization[1] + 1]),
        confidence=FIXED_CONFIDENCE["role"], rule=r.rule,
        spans=(r.person, r.organization), presupposed=not r.stated)
        for r in roles if not _said(r, kept))
    return kept


def _head_word(name: Span) -> Token:
    """The word a name is resolved by: its root, or its last word when the parser hung each
    word on the title after it ("Sea-Watch spokesperson": "Sea", "-" and "Watch" each on
    "spokesperson"), as the head of a name is its last word."""
    if len(name) > 1 and not any(t.head.i in range(name.start, name.end) and t.head != t
                                 for t in name):
        return name[-1]
    return name.root


def _said(role: Role, found: Iterable[_Statement]) -> bool:
    """Whether a statement of the clause already says the role ("X is the head of Y")."""
    return any(s.lemma == role.lemma and s.subject is not None and s.object is not None and
               role.person[0] <= s.subject.i <= role.person[1] and
               role.organization[0] <= s.object.i <= role.organization[1] for s in found)


def extract(doc: Doc, *, article_date: str = "") -> list[Extraction]:
    """All statements of a parsed article, ordered by sentence, then by word position."""
    results: list[Extraction] = []
    known, bodies, national = people(doc), acronyms(doc), national_titles(doc)
    for sent in _sentences(doc):
        if _is_boilerplate(sent):
            continue
        seen: set[tuple] = set()
        by_verb: dict[int, Extraction] = {}
        for s in sorted(_with_roles(sent, _sentence_statements(sent.span), known, bodies,
                                    national),
                        key=lambda s: s.position):
            if _object_across_a_clause(s) or _left_in_a_state(s):
                continue
            e = _assemble(s, sent, article_date)
            if e is None:
                continue
            if s.parent in by_verb:
                e = _share_circumstances(e, by_verb[s.parent])
            dated = _held_then(e, s.subject, article_date) and not _party_membership(e, s.object)
            if dated or _served_then(e, s.anchor):
                e = replace(e, modality="former")
            if not (dated and e.lemma == MEMBER):
                # ("Rees, a member of the club, in 2014" may be one still: a membership of an
                # earlier year, unlike a post of that year, says nothing of its end)
                e = _post_held_before(e, s.subject, s.object)
            e = _member_of_group(e, s.object)
            by_verb.setdefault(s.position, e)
            key = (e.subject, e.predicate, e.object, e.extra)
            if key in seen:
                continue
            seen.add(key)
            results.append(e)
    return results


def _left_in_a_state(s: _Statement) -> bool:
    """ "fell short of a majority, leaving the prime minister to seek support", "the storm
    left thousands homeless": leaving someone in a state or to a task is no leaving of
    them (the object's state or task is a statement of its own; "left two dead" is a
    killing, read by another rule)."""
    verb, obj = s.anchor, s.object
    return verb is not None and obj is not None and obj.dep_ == "dobj" and \
        obj.head == verb and s.lemma == "leave" and any(
            c.dep_ in ("xcomp", "oprd", "acomp", "ccomp") and c.i > obj.i for c in verb.children)


def _object_across_a_clause(s: _Statement) -> bool:
    """ "At the convention conducted online, the party nominated Ann Lee": the parser hangs
    "nominated" (with its own subject) on the object's noun as a modifier and gives the
    name to "conducted"; a verb whose object lies past another clause's subject and verb
    has been handed that clause's object."""
    verb, obj = s.anchor, s.object
    if verb is None or obj is None or obj.i <= verb.i or verb.pos_ not in VERBAL:
        return False
    doc = verb.doc
    return any(w.dep_ == "amod" and w.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ == "nsubj" and verb.i < c.i < w.i for c in w.children)
        for w in doc[verb.i + 1:obj.i])


# posts held, by the rules that read them from a title, an apposition or a copula: told of
# an earlier year than the article's, the post is the one held then
HELD_POSTS = frozenset({LEADS, MEMBER, REPRESENTS})
ROLE_RULES = frozenset({"affiliation", "apposition-role", "copula-role"})


def _party_membership(e: Extraction, party: Token | None) -> bool:
    """Is the statement a membership of a political party ("Democrat Ann Lee", "Tom Rees, a
    Republican,")? Told of an earlier year ("was first elected in 2012"), it is one still:
    people seldom change parties, unlike posts."""
    return e.lemma == MEMBER and party is not None and _a_party(party)


def _a_party(token: Token) -> bool:
    """Does the token name a political party ("the Kelso Party", "Labour")?"""
    name = entity_of(token)
    words = (name.text if name is not None else token.text).casefold().split()
    return words[-1] == "party" or words[-1] in PARTY_ADJECTIVES


def _held_then(e: Extraction, holder: Token | None, article_date: str) -> bool:
    """ "In 2016, party nominee Ann Lee received 5,000 votes", "Lee, the party's leader at
    the time,": a post told of an earlier year than the article's, or "at the time", was
    held then; the text does not say it still is (a founding stays a founding)."""
    if e.lemma not in HELD_POSTS or e.rule not in ROLE_RULES or e.modality or holder is None:
        return False
    verb = holder
    while verb.pos_ not in VERBAL and verb.head.i != verb.i:
        verb = verb.head
    preps = [c for c in verb.children if c.dep_ in ("prep", "npadvmod")]
    phrases = [list(p.subtree) for p in preps]
    if holder.i != verb.i:
        # the holder's own phrase: "the party's 2016 nominee", "the leader at the time"
        # (not a relative clause on it: "Lee, who was elected in 2016, leads the party")
        appositions = [a for a in holder.children if a.dep_ == "appos"]
        phrases += [list(p.subtree) for n in (holder, *appositions) for p in n.children
                    if p.dep_ == "prep"]
        phrases.append(list(holder.doc[holder.left_edge.i:holder.i + 1]))
        if holder.dep_ == "appos" and holder.head.pos_ == "NOUN":
            # "the 2016 party nominee, Ann Lee": the post's noun phrase before the name
            # (not another name of a list the parser hung it on: "2018 nominee Ann Lee,
            # Senator Tom Rees of Ohio")
            post = holder.head
            phrases.append(list(holder.doc[post.left_edge.i:post.i + 1]))
    years = []
    for words in phrases:
        text = [t.lower_ for t in words]
        if text[:3] == ["at", "the", "time"] or "then" in text[:2]:
            return True
        # ("the leader since 2016" still is)
        years += [year for t in words if (year := written_year(t)) is not None
                  and t.head.lower_ != "since"]
    return bool(years) and article_date[:4].isdigit() and max(years) < int(article_date[:4])


# "Mercosur is a trade bloc of Argentina, Brazil ...": a body made of its members
_GROUP_OF = re.compile(r"be (?:[\w-]+ )*(?:group|grouping|bloc|alliance|union|coalition|"
                       r"federation|confederation|association|consortium|league) of")
_MEMBER_ENTS = frozenset({"GPE", "ORG", "NORP"})


def _member_of_group(e: Extraction, member: Token | None) -> Extraction:
    """Each country or body a group is "of" is its member (member of the group), not a
    thing the group is a "bloc of". A group's owner is none ("Scotland's largest teaching
    union": a union in Scotland, of teachers)."""
    if e.subject is None or e.object is None or member is None or e.negated or \
            e.modality or member.ent_type_ not in _MEMBER_ENTS or member.dep_ == "poss" or \
            not _GROUP_OF.fullmatch(e.lemma):
        return e
    return replace(e, subject=e.object, object=e.subject, lemma=MEMBER)


# membership told by service: "served in the House" (ontology: member of)
SERVICE_LEMMAS = frozenset({"serve in", "serve on", "serve with"})


def _post_held_before(e: Extraction, holder: Token | None, held: Token | None) -> Extraction:
    """A post the text tells as over is a post held before, under its own property ("be
    former member of"), whose statements have modality "former": "was a columnist for the
    Ledger", "the former mayor of Leeds", "served in the House", "she chaired the board".

    Of a verb, only a person holds a post ("Arsenal led Chelsea at half time" heads
    nothing), and one serves in a body ("served in the Korean War", "in Iraq": no member).
    """
    if e.lemma == FORMERLY[MEMBER] and deputy(e.predicate):
        # a former deputy may be a member still: the post is told, no membership held before
        words = e.predicate.lower().split()
        words[:1] = ["be"] if words[0] in ("was", "were", "is", "are", "'s") else words[:1]
        return replace(e, lemma=" ".join(words), modality="former")
    if e.lemma in FORMERLY.values():
        return e if e.modality else replace(e, modality="former")
    if e.modality != "former" or e.negated:
        return e
    if e.rule in ROLE_RULES:
        post = e.lemma if e.lemma in FORMERLY and not (e.lemma == MEMBER and deputy(e.predicate)) \
            else None
    else:
        post = _held_posts().get(property_for(e.lemma).name)
        if holder is None or not (holder.ent_type_ == "PERSON" or holder.pos_ == "PRON" and
                                  holder.lower_ in ("he", "she", "i")):
            post = None
        if post == MEMBER and (held is None or not (
                held.ent_type_ in ("ORG", "NORP") or
                not held.ent_type_ and lemma_of(held).lower() in ORG_WORDS)):
            post = None
    return replace(e, lemma=FORMERLY[post]) if post is not None else e


@cache
def _held_posts() -> dict[str, str]:
    """The property of each post (ng:leads, ng:memberOf, ...) and its role lemma."""
    return {property_for(lemma).name: lemma for lemma in FORMERLY}


def _served_then(e: Extraction, verb: Token | None) -> bool:
    """ "Before joining the Senate, Lee served in the House": service told in the simple
    past, or as a step before or after another, is service then ("serves in", "has served in
    ... since 2010" is service now)."""
    if e.lemma not in SERVICE_LEMMAS or e.modality or verb is None:
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before"):
        return True  # "After serving in the army, Lee studied law": a career's earlier step
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)


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
        "rule": e.rule,
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
