"""Definite descriptions: what "the group", "the two powers" or "the station" point back to.

A description is the most recent mention whose kind its head noun allows (a subject
preferred, a counted plural a coordinated pair); one naming a thing named before ("the
airstrikes" after "airstrikes") is that thing; one that shortens a fuller name or
thing before it is that one (`shortforms`: "the station", "the border wall", "the
fires"); one that shortens several names is the one the article made its topic, when
one clearly is ("the court" of a story about the Court of Session: `topics`). "The
parents" and "the couple" are the one family named by a plural surname ("the Lees");
"the storm" and "the typhoon" are the storm the article named ("Typhoon Ana").
How an answer was reached: "description", or "uncertain" when a rival referent of the
same sentence and role fits as well, or "the country" may be another country than the
one named in sight (named there only as a thing's word: "US workers").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..demonyms import country_for_demonym, country_for_name, country_named_by, normalize
from ..models import Argument
from ..parsing import lemma_of
from . import offices, shortforms
from .clusters import storm_name
from .coreference import names_a_thing, unnamed_subject_between
from .keys import entity_key, name_words
from .phrases import add_surface, common_label, named_backer
from .state import ArticleState, Cluster, Mention
from .words import (
    ARMED_ADJECTIVES,
    ARMED_MEMBER_NOUNS,
    BUSINESS_NOUNS,
    DESCRIPTION_KINDS,
    DIRECTIONS,
    GENDERED_NOUNS,
    GOVERNMENT_NOUNS,
    NEW_REFERENT_WORDS,
    NUMBER_WORDS,
    RANK_PREFIXES,
    SHELL_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def description(state: ArticleState, arg: Argument, span: Span, head: Token,
                role: str) -> tuple[tuple[int, ...], str]:
    """The mention a definite description ("the group", "the two powers") points back to.

    How: "description", or "uncertain" when another referent of the same sentence and
    role fits as well.
    """
    head_lemma = lemma_of(head).lower()
    if head_lemma in _CASE_NOUNS and _case_brought_here(head):
        return (), ""
    if head_lemma in _STORM_NOUNS:
        return _named_storm(state, arg, head, head_lemma, role)
    kinds = DESCRIPTION_KINDS.get(head_lemma)
    if head_lemma in BUSINESS_NOUNS and _another_firm(head):
        kinds = None
    if kinds is not None and "Organization" in kinds and any(
            c.dep_ == "amod" and c.lower_ in _FORMED_ANEW for c in head.lefts):
        kinds = None  # "the combined group", "the other group": not a body named before
    if head_lemma in ARMED_MEMBER_NOUNS and head.tag_ == "NN":
        kinds = None  # "the gunman" is one person, never a group or a body named before
    if any(named_backer(c) for c in head.lefts):
        kinds = None  # "the Iran-backed militias": told apart by who backs them, no anaphor
    if kinds == ("Person",) and any(c.dep_ in ("amod", "compound") and country_named_by(c.text)
                                    for c in head.lefts):
        return (), ""  # "the French president": only the one introduced so (offices)
    if kinds is not None and "Location" in kinds and _located_anew(head):
        return (), ""  # "the area south of the river": a place of its own, told by the river
    if kinds is None:
        holder = offices.sole_role_holder(state, head, head.i)
        if holder is not None:  # "the guitarist" of the one person introduced as one
            state.add_mention(Mention(arg.start, state.sent_of[head.i], (holder,), False,
                                      role == "subject", False))
            return (holder,), "description"
        label = common_label(state, span, head)
        # "the issue" is what was just talked about: a thing named long before is not
        lately = (lambda cid: True) if head_lemma not in SHELL_NOUNS else \
            (lambda cid: _met_lately(state, cid, head))
        # the article's topic among names it shortens, over any same-worded thing
        topic = shortforms.topic_name(state, label, arg.start)
        if topic is None:  # "the website" of "One news site, Znak.com"
            topic = shortforms.introduced(state, head)
        if topic is not None and lately(topic):
            add_surface(state, state.clusters[topic], span, head)
            return (topic,), "description"
        # "the plan" after "an economic plan called Acme" is Acme (not "the tax plan"),
        # unless another plan came before
        words = {*label.casefold().split()[:-1], head_lemma}
        named = {c.ident for c in state.clusters if c.named_noun and c.first < head.idx and
                 c.named_noun.split()[-1] == head_lemma and words <= set(c.named_noun.split())}
        if named:
            if len(named) > 1 or _rival_thing(state, label):
                return (), ""
            return (named.pop(),), "description"
        # a thing named again: "the airstrikes" after "airstrikes"
        for kind in ("Event", "Thing", "Group"):
            key = entity_key(kind, label)
            if key in state.by_key and lately(state.by_key[key]):
                return (state.by_key[key],), "description"
        # "the ruins" after "the ruins of Valdora", when only one such thing came before
        tied = {cid for cid in state.by_key.values() if label and
                state.clusters[cid].fixed_label.startswith(f"{label} of ") and
                state.clusters[cid].kind() in ("Event", "Thing")}
        if len(tied) == 1 and lately(next(iter(tied))):
            return (tied.pop(),), "description"
        fuller = shortforms.fuller(state, label, arg.start)
        if fuller is not None and not lately(fuller):
            return (), ""
        if fuller is None:
            fuller = shortforms.qualified_before(state, label, arg.start)
            if fuller is not None:
                shortforms.call_by_fuller_words(state, fuller, label)
        if fuller is None:
            fuller = shortforms.compound_tail(state, label, head_lemma, arg.start)
            if fuller is not None:  # a later "they" may point back to "the fires"
                state.add_mention(Mention(arg.start, state.sent_of[head.i], (fuller,),
                                          head.tag_ in {"NNS", "NNPS"}, role == "subject",
                                          False))
        if fuller is None:
            return (), ""
        add_surface(state, state.clusters[fuller], span, head)
        return (fuller,), "description"
    plural = head.tag_ in {"NNS", "NNPS"}
    # "the armed group", and "the rebels", "the militants" themselves: an armed group's
    # mention is preferred over a nearer body ("rebels" is a word for fighters, not any body)
    armed = head_lemma in ARMED_ADJECTIVES or any(
        c.lower_ in ARMED_ADJECTIVES for c in head.children if c.dep_ == "amod")
    found = _best_antecedent(state, arg, head, kinds, head_lemma, plural, armed)
    if found is None and kinds == ("Government",) and not plural:
        found = _sole_state_before(state, arg)
    if found is None and not plural:
        # no one in sight, yet the one person the article gave the title ("President
        # Ann Lee ... the President")
        holder = offices.sole_title_holder(state, head, head.i)
        found = ((holder,), False) if holder is not None else None
    if found is None:
        return (), ""
    best, close = found
    if head_lemma in BUSINESS_NOUNS:
        close = close or _rival_in_sight(state, arg, head, best, lambda m: any(
            _may_be_a_body(state.clusters[c]) for c in m.clusters) or
            _has_a_firms_officer(state, m))
    if head_lemma in _COUNTRY_NOUNS:  # "left the UK for the US ... left the country"
        close = close or _rival_in_sight(state, arg, head, best, lambda m: any(
            state.clusters[c].kind() == "Country" for c in m.clusters)) or \
            _country_only_owns_things(state, arg, head, best)
    if not all(_carries_names(state.clusters[c], head) and _cause_told(state, arg, head, c)
               for c in best):
        return (), ""
    if head_lemma in GOVERNMENT_NOUNS and any(_only_where_based(state, arg, c) for c in best):
        return (), ""
    if head_lemma in GENERIC_PERSON_NOUNS and not _certain_person(state, arg, head, best):
        return (), ""
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


def _rival_thing(state: ArticleState, label: str) -> bool:
    """Did a thing of this label come before, said so or tied to an owner ("a plan", "Lee's
    plan": "plan of Lee")?"""
    return any(entity_key(kind, label) in state.by_key for kind in ("Event", "Thing")) or any(
        state.clusters[cid].fixed_label.startswith(f"{label} of ") for cid in state.by_key.values())


# what a named storm is called again ("Hurricane Ana ... the storm", "the hurricane")
_STORM_NOUNS = frozenset({"storm", "hurricane", "typhoon", "cyclone", "depression"})
# words that make "the storm" another storm than the one named ("the next hurricane")
_OTHER_STORM_WORDS = frozenset({"next", "previous", "last", "other", "another", "earlier",
                                "later", "new", "first", "second", "third", "latest",
                                "similar", "same", "deadliest", "strongest", "worst"})


def _named_storm(state: ArticleState, arg: Argument, head: Token, head_lemma: str,
                 role: str) -> tuple[tuple[int, ...], str]:
    """ "Hurricane Ana hit the islands ... the storm bore down": "the storm" (or "the
    hurricane", "the typhoon") is the storm the article named before it, when it named one
    (of its class, when its word names one: "the typhoon"); uncertain when several. "The
    next storm", "storms", "the 2017 hurricane" and a storm of a kind ("the winter storm")
    are other storms."""
    det = [c for c in head.children if c.dep_ == "det"]
    others = [c for c in head.lefts if c.dep_ != "det"]
    if head.tag_ != "NN" or len(det) != 1 or det[0].lower_ not in ("the", "this") or any(
            c.dep_ != "amod" or c.lower_ in _OTHER_STORM_WORDS for c in others):
        return (), ""
    storms = [c for m in state.before(arg.start) for c in m.clusters  # nearest first
              if state.clusters[c].named and storm_name(state.clusters[c].label())]
    # "the typhoon" of an article with a hurricane and a typhoon is the typhoon
    storms = [c for c in storms if head_lemma in
              state.clusters[c].label().casefold().split()] or storms
    if not storms:
        return (), ""
    state.add_mention(Mention(arg.start, state.sent_of[head.i], (storms[0],), False,
                              role == "subject", False))
    return (storms[0],), "description" if len(set(storms)) == 1 else "uncertain"


# words that place an area by another place: "the area south of X", "the region around X"
_LOCATING_WORDS = frozenset(DIRECTIONS) | {"near", "around", "outside", "beyond", "across",
                                            "along", "inside", "within", "between"}


def _located_anew(head: Token) -> bool:
    """Does the place description say where it lies by another place ("the area south of
    the river", "the region around the capital")? It names a place of its own, not one
    met before."""
    return any(c.lower_ in _LOCATING_WORDS and c.dep_ in ("advmod", "prep")
               for c in head.children if c.i > head.i)


# the words after a place's name and a hyphen that say where a thing is, not what the place
# does: "Singapore-based Nimbus", "a London-headquartered bank"
_WHERE_BASED = frozenset({"based", "headquartered", "registered", "listed", "born"})


def _only_where_based(state: ArticleState, arg: Argument, cluster: int) -> bool:
    """Was the country named before only as where something is based ("owned by
    Singapore-based Nimbus")? Then "the government" is no government of it."""
    doc = state.doc
    for mention in state.before(arg.start):
        if cluster not in mention.clusters:
            continue
        token = state.token_at(mention.pos)
        if token is None or token.i + 2 >= len(doc) or doc[token.i + 1].text != "-" or \
                doc[token.i + 2].lower_ not in _WHERE_BASED:
            return False
    return True


# nouns of a legal action, and the verbs that bring one: "sued the Echo, but dropped the
# case" drops the suit just told, not a case the article named before
_CASE_NOUNS = frozenset({"case", "lawsuit", "suit", "action", "claim"})
_SUING_VERBS = frozenset({"sue", "prosecute", "charge", "indict", "countersue"})


def _case_brought_here(head: Token) -> bool:
    """Does a verb earlier in the sentence bring the legal action the noun names?"""
    return any(t.pos_ == "VERB" and lemma_of(t).lower() in _SUING_VERBS
               for t in head.sent if t.i < head.i)


def _met_lately(state: ArticleState, cluster: int, head: Token, sentences: int = 2) -> bool:
    """Was the thing last named at most `sentences` sentences before this word?"""
    last = max((m.pos for m in state.mentions if cluster in m.clusters and m.pos < head.idx),
               default=state.clusters[cluster].first)
    token = state.token_at(last)
    return token is None or state.sent_of[head.i] - state.sent_of[token.i] <= sentences


# nouns that say only that someone is a person: news calls an unnamed actor so ("the
# man was arrested") far more often than one it named, so they point back only when sure
GENERIC_PERSON_NOUNS = {"man", "woman"}


def _certain_person(state: ArticleState, arg: Argument, head: Token,
                    best: tuple[int, ...]) -> bool:
    """Is "the man" / "the woman" surely the person chosen? Only when that person is
    the one person named in this sentence or the one before, of the noun's gender by a
    title or earlier description (an unknown gender is no match), and no unnamed person
    is the subject of a clause between ("The attacker fled. Lee said the man ...")."""
    if len(best) != 1:
        return False
    cluster = state.clusters[best[0]]
    if cluster.kind() != "Person" or cluster.gender != GENDERED_NOUNS[lemma_of(head).lower()]:
        return False
    sent = state.sent_of[head.i]
    people: set[int] = set()
    for mention in state.before(arg.start):
        if sent - mention.sent > 1:
            break
        people.update(c for c in mention.clusters if state.clusters[c].kind() == "Person")
    return people == {best[0]} and \
        not unnamed_subject_between(state, head, cluster.gender, best)


# nouns for a pair of kin taken together: "the parents", "both parents", "the couple"
_PAIR_NOUNS = {"parents", "couple"}


def family(state: ArticleState, arg: Argument, head: Token) -> int | None:
    """The one family the article names by a plural surname ("the Lees", beside "Ann
    Lee") that "the parents", "both parents", "the two parents" or "the couple" names.

    Only a phrase that says which pair it means by nothing else (no owner: "their
    parents" may be anyone's; no modifier after the head: "the parents of a pupil"),
    and only when the article names one such family before it.
    """
    if head.lower_ not in _PAIR_NOUNS or \
            any(c.dep_ in {"poss", "prep", "relcl", "acl"} for c in head.children):
        return None
    markers = {c.lower_ for c in head.children if c.dep_ in {"det", "predet", "nummod"}}
    if not markers & {"the", "both", "two"}:
        return None
    plurals = {normalize(s) + ending for s in state.full_surnames() for ending in ("s", "es")}
    found = {cluster.ident for cluster in state.clusters
             if cluster.named and cluster.first < arg.start and cluster.kind() != "Person"
             and any(normalize(n) in plurals for n in cluster.names)}
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
        if head_lemma in _SETTLEMENT_NOUNS and _container_after_a_place(state, mention):
            continue
        score = -1.0 * (sent - mention.sent) + mention.pos / 1e6
        score += 0.5 if mention.subject else 0.0
        if armed and any(state.clusters[c].votes["ArmedGroup"] for c in mention.clusters):
            score += 2.0
        if kinds == ("Government",) and \
                all(state.clusters[c].kind() == "Government" for c in mention.clusters):
            score += 2.0  # "the government" after "the Samoan government": it, not Samoa
        key = tuple(sorted(mention.clusters))
        scores[key] = max(score, scores.get(key, score))
        if best is None or score > best[0]:
            best = (score, mention.clusters)
    if best is None:
        return None
    rivals = [score for key, score in scores.items() if key != tuple(sorted(best[1]))]
    return best[1], bool(rivals) and best[0] - max(rivals) < _CLEAR_DESCRIPTION_MARGIN


_SETTLEMENT_NOUNS = frozenset({"city", "town", "village"})
# the head words of a public body's name: a state's office, a court, a party, a school
_PUBLIC_BODY_WORDS = frozenset({
    "office", "agency", "commission", "commissioner", "authority", "ministry", "department",
    "council", "court", "police", "government", "parliament", "assembly", "congress",
    "senate", "university", "party", "committee", "administration", "bureau", "army",
    "navy", "service"})


def _public_body(label: str) -> bool:
    """Does the name end in a public body's word ("Information Commissioner's Office",
    "National Crime Agency")? No business is called "the company" or "the firm" so."""
    words = label.casefold().replace("'s", "").split()
    return bool(words) and words[-1] in _PUBLIC_BODY_WORDS


# words that make a body's description another body than the one named before: one formed
# by a merger, or another one
_FORMED_ANEW = frozenset(NEW_REFERENT_WORDS - {"only"} | {"combined", "merged", "enlarged"})


def _sole_state_before(state: ArticleState, arg: Argument) -> tuple[tuple[int, ...], bool] | None:
    """The one country (its government, when the article named it) that the article
    named before, however far back, for "the government" with no state in sight: a story
    about Serbia says "the government" long after it last wrote "Serbia". Uncertain when
    the country was named only once; None when the article named two or more."""
    counts: dict[str, int] = {}
    for mention in state.before(arg.start):
        for cid in mention.clusters:
            cluster = state.clusters[cid]
            if cluster.country is not None and cluster.kind() in ("Country", "Government"):
                counts[cluster.country.code] = counts.get(cluster.country.code, 0) + 1
    if len(counts) != 1:
        return None
    code, count = next(iter(counts.items()))
    found = state.by_key.get(f"government:{code}", state.by_key.get(f"country:{code}"))
    return None if found is None else ((found,), count < 2)


def _container_after_a_place(state: ArticleState, mention: Mention) -> bool:
    """ "a water main broke in Dunmore, Ohio ... the city": a place written after a comma
    behind another name (the recognizer may take a town's name for a body's) is where
    that place lies, not the town the text is about."""
    token = state.token_at(mention.pos)
    if token is None:
        return False
    start = token.left_edge.i
    doc = token.doc
    return start >= 2 and doc[start - 1].text == "," and \
        doc[start - 2].ent_type_ in ("GPE", "LOC", "FAC", "ORG")


def _another_firm(head: Token) -> bool:
    """ "the parent company", "a rival firm", "the tech company": words before the trade
    that may make it a firm of its own; only a place's or a people's ("the British
    retailer") or the firm's own name ("the Acme company") say which one was meant."""
    return any(c.i < head.i and c.dep_ in ("compound", "amod", "nmod") and c.pos_ != "PROPN"
               and country_for_demonym(c.text) is None for c in head.children)


def _rival_in_sight(state: ArticleState, arg: Argument, head: Token, best: tuple[int, ...],
                    rival: Callable[[Mention], bool]) -> bool:
    """Is another referent the description may mean (`rival`) named in the window before
    it? Which one "the company" or "the country" means is then a guess ("Acme sold its
    unit to Bolt Corp; the company said ..." may be either)."""
    sent = state.sent_of[head.i]
    for mention in state.before(arg.start):
        if sent - mention.sent > 6:
            break
        if mention.clusters != best and rival(mention):
            return True
    return False


def _country_only_owns_things(state: ArticleState, arg: Argument, head: Token,
                              best: tuple[int, ...]) -> bool:
    """Is the country chosen for "the country" named in the window before only as a
    thing's word ("US workers", "a Zembla passport"), while the article named another
    country earlier? Such a word says whose the thing is, not which country the story is
    in ("met in Atlantis ... rules for Zembla workers ... left the country")."""
    sent = state.sent_of[head.i]
    for mention in state.before(arg.start):
        if sent - mention.sent > 6:
            break
        if mention.clusters == best and not names_a_thing(state, mention):
            return False
    return any(cluster.ident not in best and cluster.kind() == "Country" and
               cluster.first < arg.start for cluster in state.clusters)


# "the country", "the nation": which one, when two were named before, is a guess
_COUNTRY_NOUNS = frozenset({"country", "nation"})


# people only a firm has: "Clearway's chief executive" is a firm's, whatever the
# recognizer took the name for (an unknown name is often read as a place)
_FIRMS_OFFICERS = frozenset({"executive", "ceo", "chairman", "chairwoman", "shareholder",
                             "boss"})


def _has_a_firms_officer(state: ArticleState, mention: Mention) -> bool:
    """Is the mention a name owning a firm's officer ("Clearway's chief executive")?"""
    token = state.token_at(mention.pos)
    return token is not None and token.dep_ == "poss" and \
        lemma_of(token.head).lower() in _FIRMS_OFFICERS


def _may_be_a_body(cluster: Cluster) -> bool:
    """A body, or a name whose kind is not decided yet ("Acme" before anything says what)."""
    kind = cluster.kind()
    return kind in ("Organization", "ArmedGroup", "Government") or \
        kind == "Thing" and cluster.named


def _carries_names(cluster: Cluster, head: Token) -> bool:
    """Whether the names before a description's head are the antecedent's own: "the Brexit
    movement" is no party named before, "the Zembla group" may be the Zembla Front. A
    country's or a people's name says whose ("the Syrian government", "the US army");
    a town's must be the antecedent's own ("the Dunmore government" is the town's)."""
    named = [t.lower_ for t in head.children if t.dep_ == "compound" and t.pos_ == "PROPN"
             and t.ent_type_ != "NORP" and not (
                 t.ent_type_ in ("GPE", "LOC") and country_for_name(t.text) is not None)]
    words = {w.casefold() for name in cluster.names for w in name_words(name)}
    return all(word in words for word in named)


def _cause_told(state: ArticleState, arg: Argument, head: Token, cluster: int) -> bool:
    """Whether a cause the description names ("the anti-vaccine movement", "the
    pro-democracy group") is said of the antecedent: in its name, or in an earlier sentence
    that names it ("Kelso Front, a pro-democracy group, ..."). A body named before for
    something else (a newspaper whose editor speaks of the movement) is no such movement."""
    causes = {cause for t in head.children if (cause := _cause(t)) is not None}
    if not causes or causes <= {w.casefold() for name in state.clusters[cluster].names
                                for w in name_words(name)}:
        return True
    here = state.sent_of[head.i]
    told = {m.sent for m in state.before(arg.start) if cluster in m.clusters and m.sent < here}
    return any(causes <= {t.lower_ for t in state.sents[sent]} for sent in told)


def _cause(word: Token) -> str | None:
    """The cause after a modifier's "anti-" or "pro-" ("vaccine" of "the anti-vaccine
    movement"), cut at the hyphen: the prefix and the hyphen hang on the cause, or all
    three on the head."""
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in ("anti", "pro") \
            and doc[word.i - 2].head in (word, word.head):
        return word.lower_
    return None


# a description's antecedent is clear when no other referent scores within this of it
# (one sentence nearer is 1.0 ahead, a subject over an object of one sentence 0.5: both
# clear; two objects of one sentence differ only by their order)
_CLEAR_DESCRIPTION_MARGIN = 0.25


def _description_fits(cluster: Cluster, kinds: tuple[str, ...], head_lemma: str) -> bool:
    kind = cluster.kind()
    if head_lemma in BUSINESS_NOUNS and _public_body(cluster.label()):
        return False  # "the firm" is no Information Commissioner's Office
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
