"""Short forms of a thing named before: "the station", "a border agreement", "the fires".

A definite description that shortens exactly one fuller name or thing before it ("the
station" after "the International Space Station") is that one; so is one that names
the one thing before it by a word its first phrase put after the head ("the border
wall" after "a wall on the border": the thing is then called by the fuller words), and
one that ends the one closed compound before it ("the fires" after "wildfires"). The
article keeps one node per thing's label ("a wall" and "such a wall" are one), so a
phrase with "a" that says the one thing before again in fewer words ("a border
agreement" after "the Turkish-Libyan maritime border agreement") is that thing too,
unless a question, condition, negation or modal makes it any such thing ("Can they sign
a border agreement?").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import EVENT_NOUNS
from ..models import Argument
from ..parsing import lemma_of
from ..qualifiers import CONDITION_MARKS, QUESTION_MARKS, is_negator
from .keys import entity_key, head_part, modifier_words, name_words
from .phrases import common_label
from .state import ArticleState, Name
from .topics import topic
from .words import DESCRIPTION_KINDS, NAME_ONLY_HEADS, NEW_REFERENT_WORDS, PEOPLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# what "the station" may shorten: a thing, a place, an organization, never a person or
# a country ("the state" is no Islamic State: see fuller)
_FULLER_KINDS = {"Organization", "ArmedGroup", "Location", "Event", "Thing"}


def restated(state: ArticleState, arg: Argument, span: Span, head: Token) -> int | None:
    """The one thing before that a phrase with "a" or "an" says again in fewer words.

    The article keeps one node per thing's label ("a wall" and "such a wall" are one),
    so "a" with a modifier and its head that shortens the one fuller thing before it ("a
    maritime border agreement" after "the Turkish-Libyan maritime border agreement") or
    names the one bare thing by a word its first phrase put after the head ("a border
    wall" after "a wall on the border") is that thing. Not a bare head ("an attack" is
    any attack), a counted, measured, possessed or restricted phrase ("a 5.8 magnitude
    earthquake" after "a magnitude 5.2 earthquake", "a border wall near the river"), a
    person ("a 66-year-old man"), a name's shortening, nor a thing tied to an owner ("a
    presidential ticket" after "the presidential ticket of the Reform Party").
    """
    lemma = lemma_of(head).lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or lemma in DESCRIPTION_KINDS or \
            lemma in PEOPLE_NOUNS or any(
                c.dep_ in {"poss", "prep", "relcl", "acl", "appos"} for c in head.children):
        return None
    if _nonspecific(head):
        return None
    before = [t for t in span if t.i < head.i and head.is_ancestor(t)]
    if any(t.like_num or t.dep_ in {"nummod", "quantmod"} or t.lower_ in NEW_REFERENT_WORDS
           or t.tag_ in {"JJS", "JJR", "RBS"} for t in before):
        return None
    label = common_label(state, span, head)
    if len(name_words(label)) < 2 or any(entity_key(kind, label) in state.by_key
                                         for kind in ("Event", "Thing")):
        return None
    found = fuller(state, label, arg.start, named=False)
    if found is None:
        found = qualified_before(state, label, arg.start, bare=True)
        if found is not None:
            call_by_fuller_words(state, found, label)
    return found


def apposed(state: ArticleState, head: Token, pos: int) -> int | None:
    """The thing named before `pos` that a definite apposition says the phrase is: "wore
    a face veil covering, the niqab" after "a niqab" is that niqab. The apposition
    restates the phrase; one that names nothing before ("another garment, the hijab")
    or a name leaves the phrase alone."""
    for child in head.children:
        if child.dep_ != "appos" or child.pos_ != "NOUN" or child.i in state.token_cluster \
                or not any(d.dep_ == "det" and d.lower_ == "the" for d in child.children):
            continue
        ident = _named_before(state, child, pos)
        if ident is not None:
            return ident
    return None


def defined(state: ArticleState, head: Token, pos: int) -> int | None:
    """The thing named before `pos` that a definition says the phrase is: in "A niqab is a
    face-veil, which covers the face" the face-veil is that niqab. Only a present-tense
    "is" between two singular common nouns with "a", neither negated nor under a modal
    (a definition of a kind, not "a victim was a woman"); the phrase names the thing there
    alone (a later "a face-veil" may be any)."""
    verb = head.head
    if head.dep_ != "attr" or head.tag_ != "NN" or verb.tag_ != "VBZ" or \
            lemma_of(verb).lower() != "be" or lemma_of(head).lower() in PEOPLE_NOUNS or \
            any(c.tag_ == "MD" or is_negator(c) for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not _a_common_noun(state, subjects[0]):
        return None
    return _named_before(state, subjects[0], pos)


def _named_before(state: ArticleState, noun: Token, pos: int) -> int | None:
    """The thing or event the noun's phrase names, if the article named it before `pos`."""
    label = common_label(state, state.doc[noun.left_edge.i:noun.i + 1], noun)
    for kind in ("Thing", "Event"):
        ident = state.by_key.get(entity_key(kind, label))
        if ident is not None and state.clusters[ident].first < pos:
            return ident
    return None


def _a_common_noun(state: ArticleState, noun: Token) -> bool:
    """Is the word a singular common noun with "a" or "an", no name and no person?"""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.i not in state.token_cluster \
        and lemma_of(noun).lower() not in PEOPLE_NOUNS and \
        any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def introduced(state: ArticleState, head: Token) -> int | None:
    """The one name the article introduced with a bare description's noun before it:
    "One news site, Znak.com, claims ..." or "Znak.com, a news website, said ..." and then
    "the site" or "the website" (a closed compound ending with the other noun is the same
    noun: web-site). The noun stands in apposition with the name, says "a" or "one" of
    its kind and nothing after it ("a role that required singing" may be any role in it).
    Every other use of the noun before must be a bare "the <noun>" pointing back itself:
    "a site" or "the blast site" is another thing by that noun, and two names so
    introduced are a guess; so is "the popular series" (another word of its own). The
    name must be in sight, named in the description's sentence or the one before ("...
    Suits, a legal series. She recalled her season with Star Trek. She left the series"
    left Star Trek).
    """
    lemma = lemma_of(head).lower()
    if lemma in PEOPLE_NOUNS or not lemma.isalpha() or not _bare_the(head):
        return None
    found: set[int] = set()
    # (the cheap test first: a noun is the same only if one of the two ends the other)
    uses = sorted(i for word, indices in state.nouns().items()
                  if (word.endswith(lemma) or lemma.endswith(word)) and _same_noun(word, lemma)
                  for i in indices if i < head.i)
    for token in (state.doc[i] for i in uses):
        named = _apposed_name(state, token)
        if named is not None and _one_of_a_kind(token):
            found.add(named)
        elif not _bare_the(token):
            return None
    if len(found) != 1:
        return None
    ident = found.pop()
    sent = state.sent_of[head.i]
    return ident if any(cluster == ident and i < head.i and sent - state.sent_of[i] <= 1
                        for i, cluster in state.token_cluster.items()) else None


def _bare_the(noun: Token) -> bool:
    """Is the noun "the <noun>" alone?"""
    return any(c.dep_ == "det" for c in noun.children) and all(
        c.dep_ == "punct" or c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _one_of_a_kind(noun: Token) -> bool:
    """Does the noun say "a" or "one" of its kind, with nothing after it that restricts
    it ("a news site", "One news site"; not "a role that required singing")?"""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} or
               c.dep_ == "nummod" and c.lower_ == "one" for c in noun.children) and \
        not any(c.dep_ in {"relcl", "prep"} for c in noun.rights)


def _same_noun(first: str, second: str) -> bool:
    """One noun, or a closed compound ending with the other ("website", "site")."""
    return first == second or _ends_compound([first], second) or \
        _ends_compound([second], first)


def _apposed_name(state: ArticleState, noun: Token) -> int | None:
    """The named entity a noun stands in apposition with, set off by commas right beside
    it ("One news site, Znak.com, claims"; "Znak.com, a news website, said"), if any.
    (The parser also hangs a list on a name before it: "in Marlow, Ohio, a pickup truck
    and a van collided" says nothing of Ohio.)"""
    doc, names = state.doc, state.token_cluster
    if any(c.dep_ == "conj" for c in noun.children):
        return None
    for child in noun.children:
        name = state.token_name.get(child.i)
        if child.dep_ == "appos" and name is not None and name.start >= 2 and \
                doc[name.start - 1].text == "," and name.start - 2 == noun.i and \
                _set_off(doc, name.end):
            return _named(state, names[child.i])
    start = noun.left_edge.i
    if noun.dep_ == "appos" and noun.head.i in names and start >= 2 and \
            doc[start - 1].text == "," and names.get(start - 2) == names[noun.head.i] and \
            _set_off(doc, noun.right_edge.i + 1):
        return _named(state, names[noun.head.i])
    return None


def _set_off(doc: Doc, i: int) -> bool:
    """Does an apposition end before word i (a comma, a stop, a dash, the end)?"""
    return i >= len(doc) or doc[i].text in {",", ".", ";", ":", ")", "—", "–"} or \
        bool(doc[i].is_sent_start)


def _named(state: ArticleState, ident: int) -> int | None:
    return ident if state.clusters[ident].named else None


def _nonspecific(head: Token) -> bool:
    """Is the phrase under a question, a condition, a negation or a modal, where "a"
    names no particular thing ("How can an open source project survive?", "if you go
    into a chess game", "it was not a gas leak", "they could build a border wall")?"""
    sent = head.sent
    if sent.text.rstrip(" \"'\u201d").endswith("?"):
        return True
    for verb in head.ancestors:
        for child in verb.children:
            if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS | QUESTION_MARKS or \
                    child.tag_ == "MD" or is_negator(child):
                return True
    return False


def fuller(state: ArticleState, label: str, pos: int, *, named: bool = True) -> int | None:
    """The one name or thing before `pos` that a definite description shortens.

    "the station" after "the International Space Station", "the border agreement" after
    "the Turkish-Libyan maritime border agreement": the longer name's head noun (its
    last word before any "of") is the description's, and the description's other words
    are among its words. With two candidate names ("the court" after the Court of Session
    and the Supreme Court) it is the one the article made its topic (`topics`), else
    neither; a lower-case head that means something else than the name's last word
    ("the post", "the state": words.NAME_ONLY_HEADS) is no short form of "Washington
    Post" or "Islamic State" (but may be of "a trading post").
    """
    found = _shortened(state, label, pos, named)
    if len(found) > 1:
        if not named:
            return None
        return topic_name(state, label, pos) or _just_named(state, found, pos)
    return found.pop() if found else None


def _just_named(state: ArticleState, names: set[int], pos: int) -> int | None:
    """Of two names or more a description shortens, the one its paragraph names, in its
    sentence or the one before, when the paragraph names no other before it ("...
    the Kelso Party's choice. In 2018 the party nominated Lee"): a paragraph that has named
    one party says "the party" of it. None when the paragraph names two, or its one
    further back: which one, is then a guess."""
    doc = state.doc
    opening = state.text.rfind("\n\n", 0, pos)
    at = state.token_at(pos)  # (an argument starts at a token: no walk from the start)
    here = state.sent_of[at.i] if at is not None else next(
        (state.sent_of[t.i] for t in doc if t.idx >= pos), state.sent_of[-1])
    named = {ident: state.sent_of[i] for i, ident in sorted(state.token_cluster.items())
             if ident in names and opening < doc[i].idx < pos}
    if len(named) != 1:
        return None
    ident, sent = named.popitem()
    return ident if here - sent <= 1 else None


def topic_name(state: ArticleState, label: str, pos: int) -> int | None:
    """The article's topic (`topics`) among two names or more before `pos` that a
    description shortens ("the court" after the Court of Session, its subject twice, and
    the Supreme Court named once). The topic is a better reading than a thing before it
    that the description also shortens or says again ("the highest civil court", "the
    only court above it"): such a thing is itself a description of one of the names."""
    names = {c for c in _shortened(state, label, pos, True) if state.clusters[c].named}
    if len(names) < 2:
        return None
    mentions: dict[int, set[Name]] = {c: set() for c in names}
    for i, ident in state.token_cluster.items():
        if ident in names and state.doc[i].idx < pos:
            mentions[ident].add(state.token_name[i])
    return topic(state.doc, {c: list(found) for c, found in mentions.items()})


def _shortened(state: ArticleState, label: str, pos: int, named: bool) -> set[int]:
    """The names (when `named`) and things before `pos` whose head noun ends the
    description and whose words hold its other words."""
    words = [w.casefold() for w in name_words(label)]
    found: set[int] = set()
    if not words:
        return found
    head, others = words[-1], set(words[:-1])
    whole_names_only = not named or head in NAME_ONLY_HEADS
    for cluster in state.clusters:
        if cluster.first >= pos or cluster.named and whole_names_only:
            continue
        for name in cluster.names if cluster.named else [cluster.fixed_label]:
            whole, part = _folded_parts(name)
            if len(part) < len(whole) and whole_names_only:
                # "ticket of the Reform Party" is that party's: no one else's; and "the
                # state" is no "state of emergency" (a head that means something else)
                break
            if len(whole) > len(words) and part[-1] == head and others <= modifier_words(part):
                if cluster.kind() in _FULLER_KINDS:  # (the kind's vote count last: slow)
                    found.add(cluster.ident)
                break
    return found


@lru_cache(maxsize=1 << 14)  # every description asks of every name before it
def _folded_parts(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A name's words in lower case, and those up to its head noun."""
    whole = [w.casefold() for w in name_words(name)]
    return tuple(whole), tuple(head_part(whole))


def qualified_before(state: ArticleState, label: str, pos: int, *,
                      bare: bool = False) -> int | None:
    """The one thing before `pos` that a description names by a word its first phrase
    put after the head: "the border wall" after "a wall on the border", "the oil deal"
    after "a deal on oil". The head noun is the same, and every word before it in the
    description is one of the thing's (before its head, or after it when first met)."""
    words = [w.casefold() for w in name_words(label)]
    if len(words) < 2:
        return None
    found = {cluster.ident for cluster in state.clusters
             if not cluster.named and cluster.first < pos and cluster.after_head
             and cluster.kind() in ("Thing", "Event")
             and (not bare or len(name_words(cluster.fixed_label)) == 1)
             and _qualifies(words, [w.casefold() for w in name_words(cluster.fixed_label)],
                            cluster.after_head)}
    return found.pop() if len(found) == 1 else None


def compound_tail(state: ArticleState, label: str, lemma: str, pos: int) -> int | None:
    """The one thing before `pos` whose head is a closed compound that a one-word
    description ends ("the fires" after "wildfires", "the quake" after "an earthquake").
    """
    words = name_words(label)
    if len(words) != 1 or not words[0].isalpha() or len(words[0]) < _MIN_TAIL or \
            lemma in PEOPLE_NOUNS:
        return None
    tail = words[0].casefold()
    kind = "Event" if lemma in EVENT_NOUNS else "Thing"  # "the fire" is no ceasefire
    found = {cluster.ident for cluster in state.clusters
             if not cluster.named and cluster.first < pos
             and cluster.kind() == kind
             and _ends_compound(head_part([w.casefold() for w in
                                           name_words(cluster.fixed_label)]), tail)}
    return found.pop() if len(found) == 1 else None


# a compound's tail is a word of its own, and so is what stands before it ("wild" fires)
_MIN_TAIL = 4
_MIN_FRONT = 3


def _ends_compound(words: list[str], tail: str) -> bool:
    """Is the last word a closed compound that ends with `tail` ("wildfires", "fires")?"""
    if not words:
        return False
    front = words[-1][:-len(tail)]
    return words[-1].endswith(tail) and len(front) >= _MIN_FRONT and front.isalpha()


def _qualifies(words: list[str], thing: list[str], after: frozenset[str]) -> bool:
    """Do the description's words (head last) name the thing: the same head, and its
    words before the head that the thing's label lacks all after the thing's head when
    first met (one at least)?"""
    if not thing or thing[-1] != words[-1]:
        return False
    extra = set(words[:-1]) - set(thing[:-1])
    return bool(extra) and extra <= after


def call_by_fuller_words(state: ArticleState, ident: int, label: str) -> None:
    """Call a thing first named by its head alone ("wall" of "a wall on the border") by the
    fuller words a description found it by ("border wall"): the bare head is vague."""
    cluster = state.clusters[ident]
    if len(name_words(label)) <= len(name_words(cluster.fixed_label)):
        return
    cluster.surfaces.add(cluster.fixed_label)
    cluster.fixed_label = label
    state.by_key.setdefault(entity_key(cluster.kind(), label), ident)
