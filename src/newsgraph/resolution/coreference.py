"""Coreference: what a pronoun, a first person or a definite description points back to.

No spaCy model here does coreference, so these rules follow how English news refers,
constraints first, proximity second:

- agreement: "he"/"she" only a person (of no other gender), "it" an organization, a
  government or a country, never a person, "they" a pair, a plural or a group;
- syntax: the nearest compatible mention within two sentences, a subject preferred;
  a name inside a predicative "as" phrase of the pronoun's own clause ("As Lee's
  deputy, he ...") describes the pronoun's referent and is never its antecedent;
- quotations: "I" inside a quotation is its speaker (the statement's attribution, else
  the subject of a nearby "said"); "we" is the speaking organization, or the
  organization the speaker's phrase names; outside a quotation they name nobody;
- a definite description ("the group", "the two foreign powers") is the most recent
  mention whose kind the head noun allows, a counted plural a coordinated pair; one
  naming a thing named before ("the airstrikes" after "airstrikes") is that thing.

Each answer says how it was reached (models.RESOLVED_VIA): "pronoun", "speaker",
"description", or "uncertain" when a rival referent fits nearly as well, or when a
quoted "we" has only a person to stand for. What does not resolve makes no node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ..lexicon import POSTING_VERBS, SPEECH_VERBS
from ..models import Argument
from ..parsing import lemma_of
from ..vocabulary import ACTOR_KINDS
from .keys import entity_key, head_part, name_words
from .phrases import add_surface, common_label
from .state import ArticleState, Cluster, Mention
from .words import (
    ARMED_ADJECTIVES,
    DESCRIPTION_KINDS,
    FIRST_PERSON,
    GENDERED_NOUNS,
    NAME_ONLY_HEADS,
    NUMBER_WORDS,
    PEOPLE_NOUNS,
    PRONOUNS,
    RANK_PREFIXES,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class Resolver(Protocol):
    """What coreference needs of argument resolution: the state and a way to resolve."""

    state: ArticleState
    attribution: Argument | None  # of the statement being read
    seeking_speaker: bool

    def resolve(self, arg: Argument | None, role: str, lemma: str = "") -> tuple[int, ...]:
        ...

    def resolve_via(self, arg: Argument | None, role: str,
                    lemma: str = "") -> tuple[tuple[int, ...], str]:
        ...


def pronoun(state: ArticleState, arg: Argument, head: Token, role: str,
            lemma: str) -> tuple[tuple[int, ...], str]:
    """The mention a third-person pronoun points back to, and "pronoun" or "uncertain".

    Agreement first ("he" a person of no other gender, "it" an organization or a
    state, "they" a pair, a plural or a group), then the nearest mention within two
    sentences, a subject preferred, a speaker for the subject of "said". A name inside a
    predicative "as" phrase of the pronoun's own clause ("As Lee's deputy, he ...") is
    never its antecedent: the phrase describes the pronoun's referent. When another
    referent scores nearly as well, the choice is "uncertain".
    """
    gender, number = PRONOUNS[head.lower_]
    speech = is_speech(role, lemma)
    sent = state.sent_of[head.i]
    quoted = in_quote(state, head)
    partner = _conjoined_owner(state, head)
    scored: list[tuple[float, tuple[int, ...]]] = []
    doubtful: list[float] = []  # mentions whose kind is in doubt and might fit
    for mention in state.before(arg.start):
        if sent - mention.sent > 2:
            break
        if quoted and mention.speaker and sent - mention.sent <= 1:
            continue  # a speaker calls himself "I": a quoted "he" is someone else
        if mention.sent == sent and _describes_the_pronoun(state, mention, head):
            continue
        score = -3.0 * (sent - mention.sent) + mention.pos / 1e6
        score += 1.5 if mention.subject else 0.0
        if speech and mention.speaker:
            score += 4.0
        if mention.clusters == partner:
            score += 3.0
        if _pronoun_fits(state, mention, gender, number):
            scored.append((score, mention.clusters))
        elif _might_fit(state, mention, gender, number):
            doubtful.append(score)
    if not scored:
        return (), ""
    best = max(scored, key=lambda s: s[0])  # (the first of equals: the nearest)
    rivals = [score for score, clusters in scored if set(clusters) != set(best[1])]
    close = bool(rivals) and best[0] - max(rivals) < _CLEAR_MARGIN
    if not close and number == "sg":
        close = _unnamed_subject_between(state, head, gender, best[1])
    if doubtful and best[0] - max(doubtful) < _CLEAR_MARGIN:
        close = True  # and no trail: a wrong kind would lead the next pronoun astray
    else:
        state.add_mention(Mention(arg.start, sent, best[1], number == "pl",
                                  role == "subject", speech))
    return best[1], "uncertain" if close else "pronoun"


def _conjoined_owner(state: ArticleState, pronoun: Token) -> tuple[int, ...] | None:
    """The name a possessive's noun is coordinated with: "Joe Biden and his team" are
    Biden's team, whoever the clause's subject is."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "conj" or noun.head.i not in state.token_cluster:
        return None
    return (state.token_cluster[noun.head.i],)


def _unnamed_subject_between(state: ArticleState, pronoun: Token, gender: str,
                             chosen: tuple[int, ...]) -> bool:
    """Is there a nearer subject that fits the pronoun but names no entity ("The blaze
    spread. It consumed the hall": "it" is the blaze, not an agency named before)?

    Such a subject is no candidate of its own, so without this check the pronoun would
    skip over it to the nearest name.
    """
    first = max((m.pos for m in state.mentions if m.clusters == chosen and m.pos < pronoun.idx),
                default=pronoun.idx)
    for number in range(state.sent_of[pronoun.i], -1, -1):
        sent = state.sents[number]
        if sent.end_char <= first:
            break
        for token in sent:
            if not first < token.idx < pronoun.idx or token.dep_ not in _SUBJECT_DEPS:
                continue
            if token.pos_ != "NOUN" or token.tag_ != "NN" or token.i in state.token_cluster:
                continue
            if any(t.i in state.token_cluster for t in token.subtree):
                continue  # "the Russian army": a phrase that holds a name
            person = lemma_of(token).lower() in PEOPLE_NOUNS or token.lower_ in GENDERED_NOUNS
            if person == (gender in {"m", "f"}):
                return True
    return False


_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


# a pronoun's antecedent is clear when no other referent scores within this of it (a
# subject over an object of the same sentence is 1.5 ahead; one sentence nearer, 3)
_CLEAR_MARGIN = 1.0


def _describes_the_pronoun(state: ArticleState, mention: Mention, pronoun: Token) -> bool:
    """Is the mention inside an "as" phrase of the pronoun's clause ("As Lee's deputy, he")?"""
    token = state.token_at(mention.pos)
    if token is None:
        return False
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ == "as":
            return ancestor.head.i == pronoun.head.i
    return False


def is_speech(role: str, lemma: str) -> bool:
    """Is the argument the source of a statement (its speaker is then the best antecedent)?"""
    return role == "attribution" or (role == "subject" and lemma.split(" ")[0] in SPEECH_VERBS)


def _pronoun_fits(state: ArticleState, mention: Mention, gender: str, number: str) -> bool:
    # (a cluster's kind is counted from its votes: asked only when it decides)
    clusters = state.clusters
    if number == "pl":
        if len(mention.clusters) > 1:
            return True
        return mention.plural or clusters[mention.clusters[0]].kind() in {"Group"}
    if len(mention.clusters) > 1:
        return False
    cluster = clusters[mention.clusters[0]]
    if gender in {"m", "f"}:
        return cluster.kind() == "Person" and cluster.gender in {"", gender}
    return cluster.kind() in {"Organization", "ArmedGroup", "Government", "Country"} \
        and not mention.plural


def _might_fit(state: ArticleState, mention: Mention, gender: str, number: str) -> bool:
    """Does a singular name that agreement turned away have votes for a kind the pronoun
    takes ("Adam Kokesh" voted an organization twice and a person once), or one vote of
    person or organization (the recognizer's usual confusion), or none away from a
    sentence's start (where "Violence" is no name)? Its kind is a count
    of guesses, so it stays a rival: the choice is uncertain."""
    if number != "sg" or len(mention.clusters) != 1:
        return False
    cluster = state.clusters[mention.clusters[0]]
    token = state.token_at(mention.pos)
    if not cluster.named or cluster.fixed_kind or cluster.gender or cluster.roles or \
            token is None or token.pos_ != "PROPN":
        return False  # (a gender or a title is no guess)
    votes = cluster.votes
    typed = sum(votes.values())
    if typed == 0 and _capitalized_mid_sentence(state, mention.clusters) or \
            typed == 1 and votes["Person"] + votes["Organization"] == 1:
        return True  # typed once (a person for a company, or back), or never: a guess
    if gender in {"m", "f"}:
        return votes["Person"] > 0
    return any(votes[kind] > 0 for kind in ("Organization", "ArmedGroup", "Government"))


def _capitalized_mid_sentence(state: ArticleState, clusters: tuple[int, ...]) -> bool:
    """Is the name written somewhere away from a sentence's start (so a name, not a word
    capitalized by its place)?"""
    for mention in state.mentions:
        token = state.token_at(mention.pos) if mention.clusters == clusters else None
        if token is not None and not token.is_sent_start:
            return True
    return False


def first_person(resolver: Resolver, head: Token) -> tuple[tuple[int, ...], str]:
    """"I", "we" inside a quotation are its speaker, and in a transcript the person whose
    turn it is; elsewhere they name nobody (the writer is no node).

    The speaker is the statement's attribution when the extractor found one, else the
    subject of a speech verb (say, tell, add, ...) outside the quotation in the same
    sentence, the next one, or a previous one that ends in a colon ("She said: ...").
    "I" is the speaker. "We" is the speaker when the speaker is an organization or a
    state, the speaker's organization when the attribution names one ("Ann Lee, a
    spokeswoman for the Red Cross, said"), and otherwise the speaker, "uncertain".
    """
    if resolver.seeking_speaker:
        return (), ""  # (a speaker that is itself "I" or "we" is no speaker)
    resolver.seeking_speaker = True
    try:
        if in_quote(resolver.state, head) or _after_speech_colon(resolver.state, head):
            found, source = _speaker(resolver, head)
        else:
            found, source = _turn_speaker(resolver, head), None
    finally:
        resolver.seeking_speaker = False
    if not found or head.lower_ not in _PLURAL_FIRST_PERSON:
        return found, "speaker" if found else ""
    clusters = resolver.state.clusters
    if all(clusters[c].kind() != "Person" for c in found):
        return found, "speaker"
    side = _affiliation(resolver.state, source, found)
    return ((side,), "speaker") if side is not None else (found, "uncertain")


_PLURAL_FIRST_PERSON = {"we", "us", "our", "ours", "ourselves"}


def _after_speech_colon(state: ArticleState, head: Token) -> bool:
    """Is the word in what a speech verb introduces with a colon, without quotation marks
    ("Lee tweeted: we will win")? The colon may close the sentence before."""
    sentence = state.sents[state.sent_of[head.i]]
    before = [t for t in sentence if t.i < head.i]
    colons = [t.i for t in before if t.text == ":"]
    if colons:
        return any(lemma_of(t).lower() in POSTING_VERBS and t.pos_ == "VERB"
                   for t in before if t.i < colons[-1])
    number = state.sent_of[head.i]
    if number and state.sents[number - 1].text.rstrip().endswith(":"):
        return any(lemma_of(t).lower() in POSTING_VERBS and t.pos_ == "VERB"
                   for t in state.sents[number - 1])
    return False


_SIDES = {"Organization", "ArmedGroup", "Government", "Country"}


def _affiliation(state: ArticleState, source: Token | None,
                 speakers: tuple[int, ...]) -> int | None:
    """The organization or state the speaker's own phrase names, if exactly one."""
    if source is None:
        return None
    found = {state.token_cluster[t.i] for t in source.subtree if t.i in state.token_cluster}
    sides = [c for c in sorted(found - set(speakers)) if state.clusters[c].kind() in _SIDES]
    return sides[0] if len(sides) == 1 else None


def _speaker(resolver: Resolver, head: Token) -> tuple[tuple[int, ...], Token | None]:
    """Who speaks the quotation the word is in, and the phrase that names them."""
    state = resolver.state
    clusters = state.clusters
    if resolver.attribution is not None:
        attribution = resolver.attribution
        found = resolver.resolve(attribution, "attribution", "say")
        if found and all(clusters[c].kind() in ACTOR_KINDS for c in found):
            return found, state.doc[attribution.root]
    number = state.sent_of[head.i]
    nearby = [number, number + 1]
    if number and state.sents[number - 1].text.rstrip().endswith(":"):
        nearby.append(number - 1)
    for n in nearby:
        if n >= len(state.sents):
            continue
        for token in state.sents[n]:
            if token.dep_ != "nsubj" or lemma_of(token.head).lower() not in POSTING_VERBS \
                    or token.lower_ in FIRST_PERSON or in_quote(state, token):
                continue
            # "the Minority Leader, Ann Lee, said": the named person in apposition
            named = [state.token_cluster[c.i] for c in token.children
                     if c.dep_ == "appos" and c.i in state.token_cluster
                     and clusters[state.token_cluster[c.i]].kind() == "Person"]
            if named:
                return (named[0],), token
            left, right = token.left_edge, token.right_edge
            speaker = Argument(state.text[left.idx:right.idx + len(right.text)], left.idx,
                               right.idx + len(right.text), token.i)
            found = resolver.resolve(speaker, "attribution", "say")
            if found and all(clusters[c].kind() in ACTOR_KINDS for c in found):
                return found, token
    return (), None


def _turn_speaker(resolver: Resolver, head: Token) -> tuple[int, ...]:
    """The person whose transcript turn holds the word: the tag must name a person of the
    article ("((WN))", an interviewer's tag, names nobody, so its questions' "I" stays
    unresolved)."""
    state = resolver.state
    for turn in state.turns():
        if turn.start <= head.idx < turn.end:
            name = state.doc.char_span(turn.name_start, turn.name_end, alignment_mode="expand")
            if name is None or not len(name):
                return ()
            tag = Argument(state.text[name.start_char:name.end_char], name.start_char,
                           name.end_char, name.root.i)
            found = resolver.resolve(tag, "attribution", "say")
            people = all(state.clusters[c].kind() == "Person" for c in found)
            return found if found and people else ()
    return ()


def in_quote(state: ArticleState, token: Token) -> bool:
    """Is the word inside quotation marks (counted from the start of its paragraph)?"""
    start = state.text.rfind("\n", 0, token.idx) + 1
    before = state.text[start:token.idx]
    curly = before.count("\u201c") - before.count("\u201d")
    return curly > 0 or before.count('"') % 2 == 1


def description(state: ArticleState, arg: Argument, span: Span, head: Token,
                role: str) -> tuple[tuple[int, ...], str]:
    """The mention a definite description ("the group", "the two powers") points back to.

    How: "description", or "uncertain" when another referent of the same sentence and
    role fits as well.
    """
    head_lemma = lemma_of(head).lower()
    kinds = DESCRIPTION_KINDS.get(head_lemma)
    if kinds is None:
        # a thing named again: "the airstrikes" after "airstrikes"
        label = common_label(state, span, head)
        for kind in ("Event", "Thing", "Group"):
            key = entity_key(kind, label)
            if key in state.by_key:
                return (state.by_key[key],), "description"
        # "the ruins" after "the ruins of Valdora", when only one such thing came before
        tied = {cid for cid in state.by_key.values() if label and
                state.clusters[cid].fixed_label.startswith(f"{label} of ") and
                state.clusters[cid].kind() in ("Event", "Thing")}
        if len(tied) == 1:
            return (tied.pop(),), "description"
        fuller = _fuller(state, label, arg.start)
        if fuller is None:
            return (), ""
        add_surface(state, state.clusters[fuller], span, head)
        return (fuller,), "description"
    plural = head.tag_ in {"NNS", "NNPS"}
    armed = any(c.lower_ in ARMED_ADJECTIVES for c in head.children if c.dep_ == "amod")
    found = _best_antecedent(state, arg, head, kinds, head_lemma, plural, armed)
    if found is None:
        return (), ""
    best, close = found
    state.add_mention(Mention(arg.start, state.sent_of[head.i], best, plural,
                              role == "subject", False))
    if len(best) == 1:
        cluster = state.clusters[best[0]]
        if cluster.kind() in kinds or (cluster.kind() == "Organization"
                                       and "ArmedGroup" in kinds):
            add_surface(state, cluster, span, head)  # "the government" is no name of a country
        if armed:
            cluster.votes["ArmedGroup"] += 3
        if head_lemma in GENDERED_NOUNS and not cluster.gender:
            cluster.gender = GENDERED_NOUNS[head_lemma]
    return best, "uncertain" if close else "description"


# what "the station" may shorten: a thing, a place, an organization, never a person or
# a country ("the state" is no Islamic State: see _fuller)
_FULLER_KINDS = {"Organization", "ArmedGroup", "Location", "Event", "Thing"}


def _fuller(state: ArticleState, label: str, pos: int) -> int | None:
    """The one name or thing before `pos` that a definite description shortens.

    "the station" after "the International Space Station", "the border agreement" after
    "the Turkish-Libyan maritime border agreement": the longer name's head noun (its
    last word before any "of") is the description's, and the description's other words
    are among its words. With two candidates ("the court" after the Court of Session
    and the Supreme Court) it is neither, and a lower-case head that means something
    else than the name's last word ("the post", "the state": words.NAME_ONLY_HEADS) is
    no short form of "Washington Post" or "Islamic State" (but may be of "a trading post").
    """
    words = [w.casefold() for w in name_words(label)]
    if not words:
        return None
    found: set[int] = set()
    for cluster in state.clusters:
        if cluster.first >= pos or cluster.kind() not in _FULLER_KINDS or \
                cluster.named and words[-1] in NAME_ONLY_HEADS:
            continue
        for name in cluster.names if cluster.named else [cluster.fixed_label]:
            whole = [w.casefold() for w in name_words(name)]
            part = head_part(whole)
            if len(whole) > len(words) and part[-1] == words[-1] and \
                    set(words[:-1]) <= set(part[:-1]):
                found.add(cluster.ident)
                break
    return found.pop() if len(found) == 1 else None


def _best_antecedent(state: ArticleState, arg: Argument, head: Token, kinds: tuple[str, ...],
                     head_lemma: str, plural: bool,
                     armed: bool) -> tuple[tuple[int, ...], bool] | None:
    """The nearest mention (a subject preferred) that number, count and kind allow.

    Also whether a rival referent scored close to it (no clear evidence for either).
    """
    count = 0
    for child in head.children:
        if child.dep_ == "nummod":
            count = NUMBER_WORDS.get(child.lower_, 0)
    sent = state.sent_of[head.i]
    window = 6 if "Person" not in kinds else 4
    best: tuple[float, tuple[int, ...]] | None = None
    scores: dict[tuple[int, ...], float] = {}
    for mention in state.before(arg.start):
        if sent - mention.sent > window:
            break
        if count >= 2:
            if len(mention.clusters) != count:
                continue
        elif plural and len(mention.clusters) > 1 and "Country" not in kinds:
            continue
        elif plural and len(mention.clusters) == 1 and not mention.plural and not (
                {"ArmedGroup", "Group"} & set(kinds)):
            continue  # "the territories" is not the one city named before
        elif not plural and len(mention.clusters) > 1:
            continue
        if not all(_description_fits(state.clusters[c], kinds, head_lemma)
                   for c in mention.clusters):
            continue
        score = -1.0 * (sent - mention.sent) + mention.pos / 1e6
        score += 0.5 if mention.subject else 0.0
        if armed and any(state.clusters[c].votes["ArmedGroup"] for c in mention.clusters):
            score += 2.0
        key = tuple(sorted(mention.clusters))
        scores[key] = max(score, scores.get(key, score))
        if best is None or score > best[0]:
            best = (score, mention.clusters)
    if best is None:
        return None
    rivals = [score for key, score in scores.items() if key != tuple(sorted(best[1]))]
    return best[1], bool(rivals) and best[0] - max(rivals) < _CLEAR_DESCRIPTION_MARGIN


# a description's antecedent is clear when no other referent scores within this of it
# (one sentence nearer is 1.0 ahead, a subject over an object of one sentence 0.5: both
# clear; two objects of one sentence differ only by their order)
_CLEAR_DESCRIPTION_MARGIN = 0.25


def _description_fits(cluster: Cluster, kinds: tuple[str, ...], head_lemma: str) -> bool:
    kind = cluster.kind()
    if kind == "Organization" and "ArmedGroup" in kinds:
        return True
    if kind == "Country" and "Government" in kinds:
        return True
    if kind == "Location" and "Location" in kinds:
        return not cluster.us_state or head_lemma == "state"
    if kind == "Group" and "Group" in kinds:
        # "the militants" after "gunmen": any unnamed armed group of people fits
        return True
    if "Person" in kinds and kind == "Person":
        # "the governor" is not the deputy governor
        role_words = {r.split()[-1] for r in cluster.roles if r.split()[0] not in RANK_PREFIXES}
        generic = {"man", "woman", "official", "expert", "analyst", "researcher",
                   "leader", "head", "chief"}
        return head_lemma in role_words or head_lemma in generic
    return kind in kinds
