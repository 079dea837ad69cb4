"""Common noun phrases: their labels, and the groups and things they name.

A phrase that is no name and points back to nothing ("oil convoys", "civilians",
"the attack") is an entity of its own: a Group when its head is a plural people-noun,
an Event when it names one, else a Thing; its label is the head with the modifiers
before it, never what follows ("the ruins of the city" is "ruins"). A possessed
phrase keeps its owner ("his allies" -> "allies of Assad"), so two owners' allies
stay apart (but an owner's one thing said again is that thing: `owned`), and a thing
tied to a name by "of" keeps the name ("the ruins of Valdora" -> "ruins of Valdora"):
without it the label is too vague to stand alone.
A bare demonym ("the Australian") is its country; a name before its class noun ("the
Zembrix pipeline", "the Zorvan rainforest") is that name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..demonyms import (
    Country,
    country_for_demonym,
    country_for_name,
    normalize,
    one_of_a_people,
)
from ..fatalities import HARM_NOUNS
from ..lexicon import EVENT_NOUNS, MEASURE_UNITS, NOMINAL_EVENTS, QUOTE_MARKS
from ..models import Argument
from ..parsing import lemma_of
from ..qualifiers import BACKING_PARTICIPLES, CURRENCY_NOUNS, participle_agents
from .branches import named_branch
from .keys import head_part, name_words, strip_the
from .owned import giver, owned_before
from .persons import has_org_word
from .state import ArticleState, Cluster, Mention
from .words import (
    ACRONYM,
    ARMED_FORCE_NOUNS,
    CASUALTY_VERBS,
    COMPANY_NOUNS,
    COUNT_WORDS,
    DEAD_WORDS,
    DESCRIPTION_KINDS,
    GEO_SUFFIXES,
    GOVERNMENT_NOUNS,
    KIN_NOUNS,
    LEADING_DROP,
    MAX_ALT_WORDS,
    MEMBER_NOUNS,
    NAMED_PLACE_NOUNS,
    NEW_REFERENT_WORDS,
    NOT_CASUALTIES,
    OF_COMPLEMENT_HEADS,
    ORG_WORDS,
    OTHER_ENT_LABELS,
    PEOPLE_NOUNS,
    RELATION_WORDS,
    STAFF_NOUNS,
    THING_CLASS_NOUNS,
)

MAX_OF_STEPS = 2  # "the ruins of the old city of Valdora": a thing, a place noun, a name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# what a count and its unit measure ("40-year-old", "a 900 km-long pipeline")
_MEASURED = frozenset({"old", "long", "tall", "high", "wide", "deep"})


def common_label(state: ArticleState, span: Span, head: Token) -> str:
    """The head noun with its modifiers before it ("oil convoys"), not what follows."""
    dropped: set[int] = set()
    for child in head.lefts:
        if (child.dep_ in {"poss", "det", "predet", "nummod", "quantmod"} or _a_sum(child) or
                _backer_before_a_name(child)) and not _class_of_people(child):
            dropped.update(t.i for t in child.subtree)
    tokens = [t for t in span if t.i <= head.i and t.i not in dropped
              and (t.i == head.i or head.is_ancestor(t))
              and (not t.is_punct or t.text in {"-", "&"})]
    tokens += _of_complement(span, head)
    rank = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if head.lower_ == "number" and rank is not None and rank.head == head and \
            rank.dep_ == "nummod" and rank.i < span.end:
        tokens.append(rank)  # "world number one": a rank, no count
    # (a hyphen left by a dropped count goes too, and the unit it counts with the measure
    # after it: "a two-year suspended sentence" -> "suspended sentence", "a 40-year-old
    # man" -> "man", never "year suspended sentence" or "old man")
    counted = bool(tokens) and tokens[0].i > 0 and head.doc[tokens[0].i - 1].like_num
    unit = False  # a unit was dropped: a measure after it goes too ("two deep wounds" keep it)
    while tokens and not _ranked(tokens[0]) and not _joined_count(tokens[0], head) and \
            (tokens[0].lower_, head.lower_) not in _ORDINAL_TITLES and (
            tokens[0].lower_ in LEADING_DROP or tokens[0].like_num
                      or tokens[0].pos_ in {"DET", "PRON"} or tokens[0].tag_ == "PRP$"
                      or tokens[0].text in {"-", "–"}
                      or tokens[0] != head and (counted and tokens[0].lower_ in MEASURE_UNITS
                                                or unit and tokens[0].lower_ in _MEASURED)):
        hyphen = tokens[0].text in {"-", "–"}
        unit = counted and tokens[0].lower_ in MEASURE_UNITS or unit and hyphen
        counted = tokens[0].like_num or counted and hyphen
        tokens = tokens[1:]
    while tokens and tokens[-1].pos_ in {"ADP", "CCONJ", "DET", "PART"}:
        tokens = tokens[:-1]
    if not tokens:
        return ""
    text = state.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
    first = tokens[0]
    doc = first.doc
    if len(tokens) > 1 and first.is_upper and 0 < first.i < len(doc) - 1 and \
            doc[first.i - 1].text == "(" and doc[first.i + 1].text == ")":
        # an acronym in brackets the parser hung on the noun after it ("Act (DMCA) take-down
        # notice"): the words without the bracket the phrase cuts ("DMCA take-down notice")
        text = text.replace(")", " ", 1)
    title_case = len(tokens) > 1 and all(t.text[:1].isupper() for t in tokens if t.is_alpha)
    if _opens_sentence(first) and not first.is_upper and not title_case and (
            first.pos_ != "PROPN" or _written_lower(state, first)) and (
            country_for_demonym(first.text) is None and not _peoples_word(first)):
        # "Mourners carrying ..." -> "mourners"; a people's word keeps its capital
        # ("Russian mercenaries", "European leaders"), and a title all in capitals its
        # first ("Poor Things, directed by ...", never "poor Things")
        text = text[:1].lower() + text[1:]
    return " ".join(text.split())


# the classes of people a possessive names as a kind of thing ("the women's title", "a
# children's home"), no owner ("the people's trust" is the people's)
_CLASSES_OF_PEOPLE = frozenset({"women", "men", "children", "girls", "boys"})


def _class_of_people(word: Token) -> bool:
    return word.dep_ == "poss" and word.lower_ in _CLASSES_OF_PEOPLE and \
        any(c.tag_ == "POS" for c in word.children)


def _peoples_word(token: Token) -> bool:
    """Is the word, tagged a people alone, an adjective or a proper noun ("European",
    "Europeans")? The recognizer tags some capitalised common nouns so too ("Protests")."""
    doc = token.doc
    return token.ent_type_ == "NORP" and token.ent_iob_ == "B" and \
        not (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I") and \
        token.tag_ in ("JJ", "NNP", "NNPS")


def _joined_count(token: Token, head: Token) -> bool:
    """Is the number one word with the word its hyphen joins ("36-man squad", "five-star
    hotel", "two-thirds majority")? Cut, the label would keep a piece ("man squad"); a
    measure stays a count ("a two-year sentence": "sentence")."""
    doc = token.doc
    if not token.like_num or token.whitespace_ or token.i + 2 >= head.i:
        return False  # (the joined word must come before the head: "36-man squad")
    hyphen, word = doc[token.i + 1], doc[token.i + 2]
    return hyphen.text in ("-", "–") and not hyphen.whitespace_ and word.is_alpha and \
        word.lower_ not in MEASURE_UNITS and lemma_of(word).lower() not in MEASURE_UNITS


# posts whose ordinal is part of their name ("Scotland's first minister"): no count
_ORDINAL_TITLES = frozenset({("first", "minister"), ("first", "lady"), ("first", "secretary"),
                             ("first", "gentleman"), ("second", "lady"),
                             ("second", "gentleman")})


def _ranked(token: Token) -> bool:
    """Is the word the rank of a superlative ("fifth" of "the fifth-largest chain")? It is
    no count: without it the label says "largest"."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "–") and \
        doc[token.i + 2].tag_ in ("JJS", "RBS") and not token.is_digit


def named_backer(modifier: Token) -> bool:
    """ "US-backed", "Iran-led": a modifier that says who backs or leads the thing (a
    statement of its own: extraction's participle rule)."""
    return modifier.dep_ == "amod" and modifier.tag_ == "VBN" and \
        lemma_of(modifier).lower() in BACKING_PARTICIPLES and bool(participle_agents(modifier))


def _backer_before_a_name(modifier: Token) -> bool:
    """ "US-backed Valdoran Democratic forces": before words that name the thing, its backer
    is no word of the name; kept, it would make a node apart from the "Valdoran Democratic
    forces" the backing statement is about. "Iran-backed militias" keeps it: the backer is
    all that tells those militias from others."""
    head = modifier.head
    return named_backer(modifier) and any(
        modifier.i < c.i < head.i and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE"))
        for c in head.lefts)


def of_complement(head: Token) -> Token | None:
    """The "of" noun a head says nothing without (OF_COMPLEMENT_HEADS): "a state of
    emergency" is no state, "three days of mourning" no time but the mourning."""
    nouns = OF_COMPLEMENT_HEADS.get(lemma_of(head).lower())
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if nouns is None or prep is None or prep.i != head.i + 1:
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj if pobj is not None and lemma_of(pobj).lower() in nouns else None


def _of_complement(span: Span, head: Token) -> list[Token]:
    """The words of_complement adds to a label: "of" and the noun with its modifiers."""
    pobj = of_complement(head)
    if pobj is None or pobj.i >= span.end:
        return []
    return [head.doc[head.i + 1], *(t for t in pobj.lefts if t.dep_ in {"amod", "compound"}),
            pobj]


def _a_sum(token: Token) -> bool:
    """ "a 3.1 billion dollar takeover", "an 8 million pound building": the sum says how
    much, not what; without its number "dollar takeover" is a fragment."""
    return token.dep_ in {"compound", "nmod", "amod"} and \
        lemma_of(token).lower() in CURRENCY_NOUNS and \
        (any(t.like_num or t.is_currency for t in token.lefts) or
         token.i > 0 and token.nbor(-1).like_num)


def _written_lower(state: ArticleState, token: Token) -> bool:
    """Is a first word the tagger took for a name ("Novelist wins prize") one the article
    writes in lower case as a noun elsewhere ("the novelist")?"""
    return not token.ent_type_ and state.capitalised_by_place(token.i)


def _opens_sentence(token: Token) -> bool:
    """Does the word begin a sentence, also one a quotation opens ('"Money went ...')?"""
    if token.is_sent_start:
        return True
    mark = token.nbor(-1) if token.i > 0 else None
    return mark is not None and mark.text in QUOTE_MARKS and not mark.whitespace_ and \
        (mark.is_sent_start or mark.i == 0 or bool(mark.nbor(-1).whitespace_) or
         mark.nbor(-1).is_punct)


def naming(state: ArticleState, span: Span, head: Token) -> str:
    """The phrase as a way of naming its referent, or "" when it is no name.

    An alt label names the entity: the words up to the head noun ("the extremist
    group", not "... from across our city"), without a count ("at least 286 attacks",
    "all five deaths" say how many, not what), and short.
    """
    start = next((t for t in span if t.i <= head.i and (
        t.i == head.i or head.is_ancestor(t))), head)
    words = state.doc[start.i:head.i + 1]
    if any(t.like_num or t.dep_ in {"nummod", "quantmod"} or t.ent_type_ in OTHER_ENT_LABELS
           or t.lower_ in COUNT_WORDS for t in words):
        return ""
    text = " ".join(state.text[start.idx:head.idx + len(head.text)].split())
    return text if len(text.split()) <= MAX_ALT_WORDS else ""


def add_surface(state: ArticleState, cluster: Cluster, span: Span, head: Token) -> None:
    """Keep how the text named it: the phrase up to its head ("the extremist group")."""
    text = naming(state, span, head)
    if text:
        cluster.surfaces.add(text)


def common(state: ArticleState, arg: Argument, span: Span, head: Token,
           owner_of: Callable[[Token], str | None]) -> tuple[tuple[int, ...], str]:
    """A phrase that is no name and refers to nothing before: a Group or a Thing.

    `owner_of(head)` is the label of the named actor that possesses the phrase, if any
    (asked only for a phrase that makes a node: finding it may resolve a pronoun).
    """
    label = common_label(state, span, head)
    if not label or not any(c.isalpha() for c in label) or normalize(label) in DEAD_WORDS:
        return (), ""
    head_lemma = lemma_of(head).lower()
    if normalize(label) in GOVERNMENT_NOUNS and not _a_persons(state, head):
        return (), ""  # a bare "government" with nothing to tie it to is no node
    owner, via = owner_of(head), "nominal"
    if owner is not None and (branch := named_branch(state, owner, head)) is not None:
        # "Acme's Polish operation" when the article names "Acme Polska"
        state.add_mention(Mention(arg.start, state.sent_of[head.i], (branch,),
                                  False, False, False))
        add_surface(state, state.clusters[branch], span, head)
        return (branch,), "description"
    if owner is not None and head_lemma in NOMINAL_EVENTS and \
            (patient := named_of(state, head)) is not None:
        # "its invasion of Valdora": the owner invades, the "of" is the one invaded; the
        # event is named by the latter ("invasion of Valdora", never "invasion of <it>")
        label, via = f"{label} of {strip_the(state.clusters[patient].label())}", "tied"
    elif owner is not None and (again := owned_before(state, head, label, owner, arg.start)) \
            is not None:  # "the Guild's notice" after "a notice from the Guild"
        state.add_mention(Mention(arg.start, state.sent_of[head.i], (again,),
                                  head.tag_ in {"NNS", "NNPS"}, False, False))
        add_surface(state, state.clusters[again], span, head)
        return (again,), "description"
    elif owner is not None:
        label = f"{label} of {owner}"  # "his allies" -> "allies of <him>"
    elif head_lemma in NAMED_PLACE_NOUNS and normalize(label) == head_lemma and \
            (named := named_of(state, head)) is not None:
        # "the town of Valdora" is Valdora, and a way of naming it ("the state of Ohio"
        # too, though a state is also an actor's word, PEOPLE_NOUNS)
        ends = [t.i for t in span if state.token_cluster.get(t.i) == named]
        if ends and ends[-1] - span.start < MAX_ALT_WORDS:
            state.clusters[named].surfaces.add(
                " ".join(state.doc[span.start:ends[-1] + 1].text.split()))
        return (named,), "name"
    elif head_lemma not in PEOPLE_NOUNS | KIN_NOUNS and \
            DESCRIPTION_KINDS.get(head_lemma) != ("Person",) and \
            (named := named_of(state, head)) is not None:
        # a thing, not a person ("the wife of X") or a role ("the leader of X")
        label, via = f"{label} of {strip_the(state.clusters[named].label())}", "tied"
    staff = plain = ""
    if owner is None and via == "nominal":
        staff = staff_bodies(state, head)
        if staff:  # "scientists from the University of Miami": which ones, by their body
            plain, label, via = label, f"{label} from {staff}", "tied"
    if len(name_words(label)) == 1 and one_of_a_people(label) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return (), ""  # "the Serb won": one person, whom the text does not name here
    demonym = country_for_demonym(label) if len(name_words(label)) == 1 else None
    if demonym is not None:
        # "the Australian", "Argentinians": a demonym stands for its country, never
        # an organization of its own
        cluster = state.country_cluster(demonym, arg.start)
        state.add_mention(Mention(arg.start, state.sent_of[head.i], (cluster.ident,),
                                  False, False, False))
        return (cluster.ident,), "name"
    kind = "Group" if staff else _common_kind(state, head, label, head_lemma)
    cluster = state.common_cluster(kind, label, arg.start)
    if staff:
        # (another article's scientists from there are other people: keyed in this one)
        cluster.staff_noun = cluster.staff_noun or lemma_of(head).lower()
        cluster.surfaces.add(plain)
    if not cluster.after_head:
        cluster.after_head = frozenset(t.lower_ for t in span if t.i > head.i)
    if not cluster.owner:
        cluster.owner = owner or giver(state, head)
    text = naming(state, span, head)
    if text and text != label:
        cluster.surfaces.add(text)
    state.add_mention(Mention(arg.start, state.sent_of[head.i], (cluster.ident,),
                              head.tag_ in {"NNS", "NNPS"}, False, False))
    return (cluster.ident,), via


_LED_BODIES = frozenset({"government", "administration", "regime", "cabinet"})


def _a_persons(state: ArticleState, head: Token) -> bool:
    """Is the noun said to be a named person's ("Johnson's government", "her
    administration" of a leader)? The government that person leads, a node of its own
    ("government of Boris Johnson"), as "the Trump administration" is."""
    if lemma_of(head).lower() not in _LED_BODIES:
        return False  # ("Lee's leadership" is how she leads, no body)
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    cid = state.token_cluster.get(owner.i) if owner is not None else None
    return cid is not None and state.clusters[cid].kind() == "Person"


def staff_bodies(state: ArticleState, head: Token) -> str:
    """The named bodies that people known by their work are "from" or "at" ("scientists
    from the University of Miami and Acme Labs", "researchers at Imperial College"), as
    their labels joined by "and"; "" unless every body of the phrase is named (a place
    says where they are from, not whom they work for: "scientists from China")."""
    if lemma_of(head).lower() not in STAFF_NOUNS or any(c.dep_ == "poss" for c in head.lefts) \
            or head.tag_ != ("NN" if head.lower_ == "team" else "NNS"):
        return ""  # ("your team at the club": whose, not which)
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("from", "at")),
                None)
    if prep is None or any(c.dep_ == "advmod" for c in prep.children):
        return ""  # "researchers mostly from Acme": some are from elsewhere
    body = next((c for c in prep.children if c.dep_ == "pobj"), None)
    bodies = []
    last = body
    while body is not None:
        cluster = state.clusters[state.token_cluster[body.i]] \
            if body.i in state.token_cluster else None
        if cluster is not None and cluster.named and (
                cluster.kind() in ("Organization", "Government") or body.ent_type_ == "FAC"):
            # (a body's name the recognizer took for a building: "Apex Shark Expeditions")
            bodies.append(strip_the(cluster.label()))
        elif cluster is None and body.pos_ == "PROPN" and body.ent_type_ in ("", "ORG", "FAC"):
            # a body's name the recognizer missed ("Apex Shark Expeditions")
            words = [t for t in body.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            bodies.append(" ".join(t.text for t in [*words, body]))
        else:
            return ""
        last = body
        body = next((c for c in body.children if c.dep_ == "conj"), None)
    if last is None or _list_goes_on(last):
        return ""  # the parser hung a further body elsewhere: the phrase names them all
    return " and ".join(dict.fromkeys(bodies))


def _list_goes_on(body: Token) -> bool:
    """Does "and" and another name follow the body's own words before the clause's verb
    ("from the University of Dalton in Ohio and the Eastport Institute")?"""
    doc = body.doc
    end = max(t.i for t in body.subtree if t.dep_ not in ("conj", "cc"))
    for token in doc[end + 1:body.sent.end]:
        if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
            return False
        if token.lower_ == "and":
            after = next((t for t in doc[token.i + 1:body.sent.end] if t.pos_ != "DET"), None)
            return after is not None and after.pos_ == "PROPN"
    return False


def counted_casualties(state: ArticleState, arg: Argument, span: Span, head: Token, role: str,
                       lemma: str) -> tuple[int, ...]:
    """The dead or hurt of one statement, by their count: "killed at least 20 people",
    "injured five miners". The count is what the article says of them, and a reader takes
    "at least 20 people" for the victims of that act; without it, "people" is too vague to
    stand alone. Each such count is a node of its own sentence: another sentence's "three
    people" may be other people."""
    if not casualty_object(role, lemma) or head.tag_ != "NNS" or \
            head.i in state.token_cluster or lemma_of(head).lower() in NOT_CASUALTIES:
        return ()
    count = next((c for c in head.children if c.dep_ == "nummod" and c.like_num
                  and c.i < head.i), None)
    noun = common_label(state, span, head) if count is not None else ""
    if noun == "others" or lemma_of(head).lower() in HARM_NOUNS:
        # "injured three others": "three others" stands for no one; "caused 56 deaths"
        # (fatalities.py) killed 56 people
        noun = "other people" if noun == "others" else "people"
    if count is None or not noun:
        return ()
    named = named_of(state, head) if " of " not in noun else None
    if named is not None:  # "26 members of the Front": whose, or "26 members" names no one
        noun = f"{noun} of {strip_the(state.clusters[named].label())}"
    kind = _common_kind(state, head, noun, "people" if noun in ("people", "other people")
                        else lemma_of(head).lower())
    return _casualties(state, arg, span, count, noun, kind)


def counted_dead(state: ArticleState, arg: Argument, span: Span, root: Token, role: str,
                 lemma: str) -> tuple[int, ...]:
    """A count alone as what was killed or hurt ("killed seven", "wounded at least 45"):
    people, told by their count as counted_casualties has them; the bare count is how the
    text named them."""
    if not casualty_object(role, lemma) or not root.like_num or root.pos_ != "NUM" or \
            any(c.dep_ == "prep" for c in root.children) or \
            any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in span):
        return ()
    found = _casualties(state, arg, span, root, "people", "Group")
    if found:
        state.clusters[found[0]].surfaces.add(" ".join(span.text.split()))
    return found


def casualty_object(role: str, lemma: str) -> bool:
    """Is the argument what a killing or wounding harmed (counted_casualties)?"""
    return role == "object" and lemma.split(" ")[0] in CASUALTY_VERBS


def _casualties(state: ArticleState, arg: Argument, span: Span, count: Token, noun: str,
                kind: str) -> tuple[int, ...]:
    """The node of one sentence's count of casualties, labelled "<count> <noun>"."""
    if count.lower_ == "one":
        return ()
    start = min(t.i for t in count.subtree)
    if start < span.start or any(t.is_punct for t in state.doc[start:count.i]):
        return ()
    words = state.text[state.doc[start].idx:count.idx + len(count.text)]
    label = f"{' '.join(words.split())} {noun}"
    if _opens_sentence(state.doc[start]) and state.doc[start].pos_ != "PROPN":
        label = label[:1].lower() + label[1:]  # "At least 20 people were killed"
    sentence = state.sent_of[count.i]
    cluster = state.keyed_cluster(f"casualties:{sentence}:{label}", arg.start)
    cluster.fixed_label, cluster.fixed_kind = label, kind
    cluster.instance = f"in sentence {sentence + 1}"
    state.add_mention(Mention(arg.start, sentence, (cluster.ident,), True, False, False))
    return (cluster.ident,)


def named_of(state: ArticleState, head: Token) -> int | None:
    """The named cluster an "of" phrase ties a thing to: Valdora for "the ruins of
    Valdora" and for "the ruins of the old city of Valdora" (a place noun with its own
    name passes it on), else None ("the ruins of the city" names no one)."""
    for _ in range(MAX_OF_STEPS):
        pobj = next((t for prep in head.children if prep.dep_ == "prep" and
                     prep.lower_ == "of" for t in prep.children if t.dep_ == "pobj"), None)
        if pobj is None:
            return None
        if pobj.i in state.token_cluster:
            cluster = state.clusters[state.token_cluster[pobj.i]]
            return cluster.ident if cluster.named else None
        if lemma_of(pobj).lower() not in NAMED_PLACE_NOUNS:
            return None
        head = pobj
    return None


def _common_kind(state: ArticleState, head: Token, label: str, head_lemma: str) -> str:
    if head.pos_ == "PROPN" and head.i not in state.token_cluster:
        return "Organization" if has_org_word(label) else "Thing"
    if head_lemma in ARMED_FORCE_NOUNS and any(
            t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") for t in head.lefts):
        # "Iraqi forces", "the Valdoran army": a named side's armed forces, an armed group
        # in the ontology's sense ("the armed forces", "the military" stay people: whose
        # they are is the article's to say)
        return "ArmedGroup"
    if head_lemma in PEOPLE_NOUNS and head.tag_ in {"NNS", "NNPS"} or \
            head_lemma in {"people", "police", "staff", "military", "army", "militia",
                           "government", "regime", "administration", "opposition"}:
        return "Group" if head_lemma not in GOVERNMENT_NOUNS else "Government"
    if head_lemma in EVENT_NOUNS:
        return "Event"
    return "Thing"


def company_named(state: ArticleState, head: Token) -> int | None:
    """The company a "<Name> company" phrase is: "the Boeing airframe company" is Boeing.

    One organization's name before a noun of its class (words.COMPANY_NOUNS); not with a
    possessor or a word that makes it another company ("the Tesla parent company"), and
    not a product's or a place's name ("the Amazon rainforest" is no company phrase).
    """
    if lemma_of(head).lower() not in COMPANY_NOUNS or head.tag_ != "NN" or \
            any(c.dep_ == "poss" for c in head.children):
        return None
    before = [t for child in head.lefts for t in child.subtree]
    if any(t.lower_ in RELATION_WORDS | NEW_REFERENT_WORDS for t in before):
        return None
    named = {state.token_cluster[t.i] for t in before if t.i in state.token_cluster}
    if len(named) != 1:
        return None
    cluster = state.clusters[named.pop()]
    return cluster.ident if cluster.named and cluster.kind() == "Organization" else None


def named_thing(state: ArticleState, head: Token) -> int | None:
    """The named thing a "<Name> <class noun>" phrase is: "the EastMed pipeline" is
    EastMed, "the Amazon rainforest" the Amazon (words.THING_CLASS_NOUNS, GEO_SUFFIXES).

    A maker's name may stand before the thing's ("the Acme Orion capsule" is Orion). A
    lone name before the noun may be the maker's or owner's ("the NASA telescope"): it is
    the thing's own only when the article uses it as nothing else, never bare as an
    actor ("NASA said") nor before a person ("NASA chief Ann Lee"). Never a person's,
    a country's or a government's name ("the Trump wall", "the Iraq desert"), nor after
    "a": "a NASA probe" is one of NASA's probes, a thing the name does not name.
    """
    lemma = lemma_of(head).lower()
    if lemma not in THING_CLASS_NOUNS | GEO_SUFFIXES or head.pos_ != "NOUN" or \
            any(c.dep_ == "poss" or c.lower_ in {"a", "an"} for c in head.children):
        return None
    before = {t.i for child in head.lefts for t in child.subtree}
    if any(state.doc[i].lower_ in RELATION_WORDS | NEW_REFERENT_WORDS for i in before):
        return None
    found = _thing_and_maker(state, head.i, before)
    if found is None:
        return None
    last, maker = state.clusters[found[0]], found[1]
    if last.kind() in {"Person", "Country", "Government"} or (
            not maker and not _only_a_thing_name(state, last.ident)):
        return None
    last.votes["Location" if lemma in GEO_SUFFIXES else "Thing"] += _THING_VOTE
    return last.ident


def _thing_and_maker(state: ArticleState, head: int, before: set[int]) -> \
        tuple[int, bool] | None:
    """The named cluster whose name ends the capitalised words before a class noun (and
    the common nouns after them: "the Aphrodite gas field"), and whether a maker's name
    stands before it ("the Acme Orion capsule"); None when other words stand there."""
    doc = state.doc
    k = head
    while k - 1 in before and doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower:
        k -= 1
    start = k
    while start - 1 in before and doc[start - 1].text[:1].isupper() and \
            doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
        start -= 1
    if start == k:
        return None
    names = _named_by_text(state)
    for size in range(k - start, 0, -1):
        cluster = names.get(normalize(doc[k - size:k].text))
        if cluster is None and k - 1 in state.token_cluster and \
                state.token_name[k - 1].start == k - size:
            cluster = state.token_cluster[k - 1]
        if cluster is None or not state.clusters[cluster].named:
            continue
        rest = doc[start:k - size]
        if not len(rest):  # a maker's name may start the name ("Acme Crew Falcon")
            return cluster, any(names.get(normalize(doc[start:j].text), cluster) != cluster
                                for j in range(start + 1, k))
        maker = names.get(normalize(rest.text), state.token_cluster.get(rest[-1].i))
        return (cluster, True) if maker is not None and maker != cluster else None
    return None


def _named_by_text(state: ArticleState) -> dict[str, int]:
    """Each name of the article, normalized, to its cluster (a name of two clusters to
    neither)."""
    found: dict[str, set[int]] = {}
    for cluster in state.clusters:
        if cluster.named:
            for name in cluster.names:
                found.setdefault(normalize(name), set()).add(cluster.ident)
    return {name: ids.pop() for name, ids in found.items() if len(ids) == 1}


# a class noun says what the named thing is, over what the recognizer guessed of the
# name inside the phrase and of one more mention (the "ORG" label votes 2 a name)
_THING_VOTE = 5


def _only_a_thing_name(state: ArticleState, cluster: int) -> bool:
    """Is the name used only as a thing's: before a noun ("EastMed countries") or after
    "the" ("the Crew Dragon"), never an acronym, bare as an actor ("NASA said") or before
    a person or a word for one ("Acme founder Bo Chan", "Acme chief")?"""
    doc = state.doc
    for i, name in state.token_name.items():
        if i != name.end - 1 or state.token_cluster[i] != cluster:
            continue
        if ACRONYM.match(name.text) or has_org_word(name.text):
            return False
        token = doc[i]
        if token.dep_ in {"compound", "amod", "nmod"} and token.head.i > i:
            owner = token.head
            person = owner.i in state.token_cluster and \
                state.clusters[state.token_cluster[owner.i]].kind() == "Person"
            if person or lemma_of(owner).lower() in _PERSON_HEADS:
                return False
            continue
        if name.start == 0 or doc[name.start - 1].lower_ != "the":
            return False
    return True


# nouns for people that an organization's name stands before ("Acme founder")
_PERSON_HEADS = MEMBER_NOUNS | {w for w, kinds in DESCRIPTION_KINDS.items()
                                if kinds == ("Person",)}


def institution_named(state: ArticleState, label: str) -> int | None:
    """The one named institution a country's "<country> <institution>" phrase is.

    "the UK parliament" and "the British parliament" are the "Parliament of the United
    Kingdom" (or the "UK Parliament") the article names: the same institution words with
    the same country before them or after "of". With two such names it is neither.
    """
    words = [w.casefold() for w in name_words(label)]
    country, size = country_prefix(words)
    rest = words[size:]
    if country is None or not rest or rest[-1] not in ORG_WORDS:
        return None
    found: set[int] = set()
    for cluster in state.clusters:
        if not cluster.named or cluster.kind() in {"Person", "Country", "Location"}:
            continue
        for name in cluster.names:
            if institution_of(name, country) == rest:
                found.add(cluster.ident)
    return found.pop() if len(found) == 1 else None


def institution_of(name: str, country: Country) -> list[str]:
    """The institution words of a name that is the country's ("Parliament of the United
    Kingdom", "UK Parliament" -> ["parliament"]), else []."""
    words = [w.casefold() for w in name_words(name)]
    head = head_part(words)
    if len(head) < len(words) and words[len(head)] == "of":
        if country_for_name(" ".join(words[len(head) + 1:])) == country:
            return head
        return []
    found, size = country_prefix(words)
    return words[size:] if found == country else []


def country_prefix(words: list[str]) -> tuple[Country | None, int]:
    """The country the first one to three words name ("uk", "united kingdom", "british")
    and how many words that takes, else (None, 0)."""
    for size in (3, 2, 1):
        if size < len(words):
            text = " ".join(words[:size])
            found = country_for_name(text) or (country_for_demonym(text) if size == 1 else None)
            if found is not None:
                return found, size
    return None, 0
